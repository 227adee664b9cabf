/* sales.c - orders and everything that follows them: order lines,
 * status history, payments, invoices, refunds, shipments and carrier
 * tracking, loyalty points; then the storefront clickstream, support
 * tickets with their messages and polymorphic comments, the audit log and
 * application settings. Orders are generated day by day; each order's
 * timeline (paid, shipped, delivered, cancelled, returned) decides which
 * of the following rows exist by 2024-12-31. */
#include "rows.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- orders */

enum { ST_NEW, ST_PAID, ST_SHIPPED, ST_DELIVERED, ST_CANCELLED, ST_RETURNED };
static const char *const st_name[] = {"new",       "paid",      "shipped",
                                      "delivered", "cancelled", "returned"};

struct ord {
	int64_t cst; /* customer index + 1 */
	int64_t created;
	char no[20];
};
static struct ord *ords;
static int64_t nords, cap_ords;

void free_sales(void)
{
	free(ords);
	ords = NULL;
	nords = cap_ords = 0;
}

static const char *const refund_reasons[] = {
    "Товар пришёл повреждённым, коробка помята",
    "Не подошёл размер",
    "Changed my mind, the item was never opened",
    "Заказ отменён по просьбе покупателя",
    "Курьер не приехал в согласованный интервал, клиент отказался от заказа",
    "Wrong colour delivered.\nCustomer sent photos in ticket.",
    "Брак: не включается после первой зарядки",
    NULL,
};

static const int cc_dept[] = {D_CC}, fin_dept[] = {D_FIN, D_ACC, D_SUP};

/* One order while it is generated. */
struct order {
	int64_t id, t0, nprod;
	int day, ci, camp;
	struct cust *c;
	bool usd, store;
	const char *channel, *cur;
	int64_t created_by, addr, promo;
	int nl, lines[13], qty[13];
	int64_t unit[13], disc[13], items, discount, delivery, total;
	/* the timeline: -1 for events that never happen */
	bool pay_fails, cancel_before_pay;
	int64_t t_paid, t_ship, t_deliv, t_cancel, t_return, updated;
	int status;
	char ip[48]; /* "" for phone and store orders */
};

/* What the order loop collects for writing in time order afterwards. */
struct after {
	struct tslist hist, dev, refunds, loyal;
	int64_t ship_id, pay_id;
};

static void write_carriers(void)
{
	static const char *const carriers[][3] = {
	    {"CDEK", "СДЭК", "https://www.cdek.ru/ru/tracking?order_id={tracking_no}"},
	    {"RUPOST", "Почта России", "https://www.pochta.ru/tracking#{tracking_no}"},
	    {"BOXBERRY", "Boxberry", "https://boxberry.ru/tracking-page?id={tracking_no}"},
	    {"DPD", "DPD Russia", NULL},
	    {"COURIER", "Собственная курьерская служба", NULL},
	    {"UPS", "UPS", "https://www.ups.com/track?tracknum={tracking_no}"},
	};
	for (int k = 0; k < 6; k++) {
		row(T_CARRIERS);
		v_i(k + 1);
		v_s(carriers[k][0]);
		v_s(carriers[k][1]);
		if (carriers[k][2])
			v_s(carriers[k][2]);
		else
			v_null();
		v_ts(at(0, 7, 10, k));
		end();
	}
}

/* Loyalty accounts open some time after sign-up, with a welcome bonus;
 * account ids follow the opening times. */
static void open_loyalty_accounts(struct tslist *loyal)
{
	int64_t *order = xcalloc(NCUST, sizeof *order);
	int n = 0;
	for (int i = 0; i < NCUST; i++) {
		struct cust *c = &custs[i];
		if (rng_chance(&R, 0.55)) {
			int64_t t = c->created + rng_int(&R, 60, 30 * 86400);
			if (t <= END_TS) {
				struct tsrow *r = ts_add(loyal, t + 1);
				c->loyalty_created = t;
				r->a = i + 1; /* the customer; the ledger resolves the account */
				r->c = 500;
				r->s1 = "welcome";
			}
		}
	}
	for (int i = 0; i < NCUST; i++)
		if (custs[i].loyalty_created)
			order[n++] = custs[i].loyalty_created * 32768 + i;
	qsort(order, (size_t)n, sizeof *order, cmp_i64);
	for (int k = 0; k < n; k++)
		custs[order[k] % 32768].loyalty = k + 1;
	free(order);
}

/* Who orders, through which channel, with which promo code. False when
 * nobody or nothing exists yet at that time. */
static bool order_begin(struct order *o, int64_t t0, int day)
{
	int64_t ncust = count_before(cust_created, NCUST, t0 - 600);
	double u;
	memset(o, 0, sizeof *o);
	o->t0 = t0;
	o->day = day;
	o->camp = -1;
	o->t_cancel = o->t_return = -1;
	o->nprod = count_before(prod_created, NPROD, t0 - 600);
	if (ncust == 0 || o->nprod == 0)
		return false;
	o->ci = (int)rng_int(&R, 0, ncust - 1);
	o->c = &custs[o->ci];
	o->usd = !o->c->p.ru;
	o->cur = o->usd ? "USD" : "RUB";
	u = rng_unit(&R);
	o->channel = u < 0.55 ? "web" : u < 0.85 ? "app" : u < 0.9 ? "phone" : "store";
	if (o->usd && strcmp(o->channel, "store") == 0)
		o->channel = "web"; /* no shops in the US */
	o->store = strcmp(o->channel, "store") == 0;
	if (strcmp(o->channel, "phone") == 0) {
		int64_t e = pick_emp(t0, cc_dept, 1);
		o->created_by = e ? emp_user(e) : 0;
	}
	if (!o->store && o->c->naddr)
		o->addr = o->c->addr[0];
	if (rng_chance(&R, 0.11) && (o->camp = active_campaign(day)) >= 0 &&
	    camps[o->camp].npromo > 0)
		o->promo = camps[o->camp].promo_first + rng_int(&R, 0, camps[o->camp].npromo - 1);
	else
		o->camp = -1;
	return true;
}

/* Lines: distinct products, popular ones more often; prices of the day. */
static void order_lines(struct order *o)
{
	static const int line_w[] = {5, 7, 9, 10, 11, 11, 10, 9, 8, 7, 6, 4, 3};
	o->nl = 1 + wpick(line_w, 13);
	for (int j = 0; j < o->nl; j++) {
		int p, tries = 0;
		bool dup;
		do {
			p = (int)(o->nprod * pow(rng_unit(&R), 1.6));
			/* big baskets are mostly everyday goods */
			for (int z = 0;
			     z < 3 && prods[p].price[0] > 1500000 && rng_chance(&R, 0.85); z++)
				p = (int)(o->nprod * pow(rng_unit(&R), 1.6));
			dup = false;
			for (int q = 0; q < j; q++)
				dup |= o->lines[q] == p;
		} while (dup && ++tries < 20);
		if (dup) {
			o->nl = j;
			break;
		}
		o->lines[j] = p;
		o->qty[j] = rng_chance(&R, 0.8)   ? 1
		            : rng_chance(&R, 0.7) ? 2
		                                  : (int)rng_int(&R, 3, 5);
		o->unit[j] = price_on(&prods[p], o->day);
		if (o->usd)
			o->unit[j] = max64(99, o->unit[j] * 1000000 / rate_micros[0][o->day]);
		o->disc[j] = o->camp >= 0 ? o->unit[j] * o->qty[j] * camps[o->camp].pct / 100 : 0;
		o->items += o->unit[j] * o->qty[j];
		o->discount += o->disc[j];
	}
	/* free delivery from 3,000 roubles or 50 dollars (app_settings) */
	o->delivery = o->store ? 0
	              : o->usd ? (o->items >= 5000 ? 0 : 799)
	                       : (o->items >= 300000 ? 0 : 29900);
	o->total = o->items - o->discount + o->delivery;
}

/* The timeline; events after the end of the data have not happened yet,
 * which decides the status at 2024-12-31. */
static void order_timeline(struct order *o)
{
	int64_t t0 = o->t0;
	o->pay_fails = rng_chance(&R, 0.05);
	o->t_paid = o->store ? t0 + 60 : t0 + rng_int(&R, 30, 1800) + (o->pay_fails ? 120 : 0);
	o->t_ship = o->store ? o->t_paid + 60 : o->t_paid + rng_int(&R, 4 * 3600, 48 * 3600);
	o->t_deliv = o->store ? o->t_ship
	                      : o->t_ship + rng_int(&R, o->usd ? 2 : 1, o->usd ? 8 : 6) * 86400 +
	                            rng_int(&R, 0, 36000);
	if (rng_chance(&R, 0.04)) {
		o->cancel_before_pay = rng_chance(&R, 0.5);
		o->t_cancel =
		    o->cancel_before_pay
		        ? t0 + rng_int(&R, 60, o->t_paid - t0 > 61 ? o->t_paid - t0 - 1 : 61)
		        : o->t_paid + rng_int(&R, 600, o->t_ship - o->t_paid - 1);
	} else if (!o->store && rng_chance(&R, 0.03)) {
		o->t_return = o->t_deliv + rng_int(&R, 2, 14) * 86400;
	}
	o->status = ST_NEW;
	o->updated = t0;
	if (o->t_cancel >= 0 && o->cancel_before_pay) {
		if (o->t_cancel <= END_TS)
			o->status = ST_CANCELLED, o->updated = o->t_cancel;
		return;
	}
	if (o->t_paid <= END_TS)
		o->status = ST_PAID, o->updated = o->t_paid;
	if (o->t_cancel >= 0) {
		if (o->t_cancel <= END_TS)
			o->status = ST_CANCELLED, o->updated = o->t_cancel;
		return;
	}
	if (o->t_ship <= END_TS)
		o->status = ST_SHIPPED, o->updated = o->t_ship;
	if (o->t_deliv <= END_TS)
		o->status = ST_DELIVERED, o->updated = o->t_deliv;
	if (o->t_return >= 0 && o->t_return <= END_TS)
		o->status = ST_RETURNED, o->updated = o->t_return;
}

static void write_order(struct order *o)
{
	struct ord *rec;
	GROW(ords, nords, cap_ords);
	o->id = nords + 1;
	rec = &ords[nords++];
	rec->cst = o->ci + 1;
	rec->created = o->t0;
	snprintf(rec->no, sizeof rec->no, "%s-%lld", o->usd ? "US" : "RU",
	         (long long)(100000 + o->id * 7));
	if (strcmp(o->channel, "web") == 0 || strcmp(o->channel, "app") == 0)
		ip_any(o->ip, sizeof o->ip);

	row(T_ORD_HDR);
	v_i(o->id);
	v_s(rec->no);
	v_i(o->ci + 1);
	v_s(st_name[o->status]);
	v_s(o->channel);
	v_s(o->cur);
	v_money(o->items);
	v_money(o->discount);
	v_money(o->delivery);
	v_money(o->total);
	v_opt_i(o->promo);
	v_opt_i(o->addr);
	v_opt_i(o->created_by);
	if (o->ip[0])
		v_s(o->ip);
	else
		v_null();
	v_ts(o->t0);
	v_ts(o->updated);
	end();
	for (int j = 0; j < o->nl; j++) {
		row(T_ORDER_ITEMS);
		v_i(rows_of(T_ORDER_ITEMS) + 1);
		v_i(o->id);
		v_i(j + 1);
		v_i(o->lines[j] + 1);
		v_i(o->qty[j]);
		v_money(o->unit[j]);
		v_money(o->disc[j]);
		v_money(o->unit[j] * o->qty[j] - o->disc[j]);
		end();
	}
}

/* Status history: fulfilment changes (payments have their own table). */
static void order_history(const struct order *o, struct tslist *hist)
{
	int64_t ts_of[6] = {o->t0, o->t_paid, o->t_ship, o->t_deliv, o->t_cancel, o->t_return};
	int path[6], np = 0, prev = ST_NEW;
	if (o->status == ST_CANCELLED) {
		path[np++] = ST_CANCELLED;
	} else {
		if (o->status >= ST_SHIPPED)
			path[np++] = ST_SHIPPED;
		if (o->status >= ST_DELIVERED)
			path[np++] = ST_DELIVERED;
		if (o->status == ST_RETURNED)
			path[np++] = ST_RETURNED;
	}
	for (int j = 0; j < np; j++) {
		struct tsrow *r = ts_add(hist, ts_of[path[j]]);
		r->a = o->id;
		r->s1 = st_name[prev];
		r->s2 = st_name[path[j]];
		/* operators cancel phone orders and accept returns */
		r->b = (path[j] == ST_CANCELLED && o->created_by) ? o->created_by
		       : path[j] == ST_RETURNED ? emp_user(pick_emp(ts_of[path[j]], fin_dept, 3))
		                                : 0;
		prev = path[j];
	}
}

/* Invoices are issued on request (companies, tax deductions). */
static void order_invoice(const struct order *o, bool credited, int64_t refund_at)
{
	const struct cust *c = o->c;
	char billing[200];
	int64_t vat = o->usd ? 0 : (o->total * 20 + 60) / 120;
	row(T_INVOICES);
	v_i(rows_of(T_INVOICES) + 1);
	v_f("INV-%d-%06lld", 2023 + (day_of(o->t_paid) >= 365), (long long)rows_of(T_INVOICES) + 1);
	v_i(o->id);
	v_i(o->ci + 1);
	if (c->p.ru)
		snprintf(billing, sizeof billing, "%s %s %s", c->p.last, c->p.first, c->p.middle);
	else
		snprintf(billing, sizeof billing, "%s %s", c->p.first, c->p.last);
	v_s(billing);
	if (!o->store) {
		char street[160], postal[12];
		fake_address(&R, c->p.city, street, sizeof street, postal, sizeof postal);
		if (c->p.ru)
			v_f("%s, г. %s, %s", postal, city_name(c->p.city), street);
		else
			v_f("%s, %s, %s %s", street, city_name(c->p.city),
			    city_region(c->p.city) + 3, postal);
	} else {
		v_null();
	}
	if (c->inn[0] && rng_chance(&R, 0.15))
		v_s(c->inn);
	else
		v_null();
	v_money(o->total - vat);
	v_money(vat);
	v_money(o->total);
	v_date(day_of(o->t_paid));
	v_date(day_of(o->t_paid));
	v_s(credited && refund_at <= END_TS ? "credited" : "paid");
	v_ts(o->t_paid + 10);
	v_ts(credited && refund_at <= END_TS ? refund_at : o->t_paid + 10);
	end();
}

/* Payments: sometimes a failed attempt, then the capture; then the
 * invoice and any refund of a captured payment. */
static void order_payments(const struct order *o, struct after *a)
{
	const struct cust *c = o->c;
	int64_t pm = 0, captured_id = 0;
	const char *provider = o->store ? "pos" : o->usd ? "stripe" : "yookassa";
	bool captured = !o->cancel_before_pay && o->t_paid <= END_TS;
	char ref[16];
	for (int q = 0; q < c->npm; q++)
		if (c->pm_created[q] <= o->t0 && !pm)
			pm = c->pm[q];
	if (!o->store && !pm && !o->usd)
		provider = "sbp";
	for (int attempt = o->pay_fails ? 0 : 1; attempt < 2; attempt++) {
		bool ok = attempt == 1;
		int64_t created = o->t0 + (ok ? o->t_paid - o->t0 - 20 : 10);
		if (created > END_TS || (ok && o->cancel_before_pay && o->t_cancel >= 0))
			break;
		row(T_PAYMENTS);
		v_i(++a->pay_id);
		v_i(o->id);
		v_opt_i(o->store ? 0 : pm);
		v_money(o->total);
		v_s(o->cur);
		v_s(!ok ? "failed" : captured ? "captured" : "pending");
		v_s(provider);
		hash_str(ref, 12);
		v_f("%s_%s", o->store ? "pos" : "pay", ref);
		if (o->ip[0])
			v_s(o->ip);
		else
			v_null();
		v_opt_ts(ok && captured ? o->t_paid : -1);
		v_ts(created);
		v_ts(ok && captured ? o->t_paid : created + (ok ? 0 : 5));
		end();
		if (ok && captured)
			captured_id = a->pay_id;
	}
	if (captured_id) {
		bool credited = (o->t_cancel >= 0 && o->t_cancel <= END_TS) ||
		                (o->t_return >= 0 && o->t_return + 86400 <= END_TS);
		int64_t refund_at = o->t_cancel >= 0 ? o->t_cancel + rng_int(&R, 600, 7200)
		                                     : o->t_return + rng_int(&R, 3600, 3 * 86400);
		int64_t base = o->t_cancel >= 0   ? o->t_cancel
		               : o->t_return >= 0 ? o->t_return
		                                  : o->t_deliv;
		if (rng_chance(&R, 0.15))
			order_invoice(o, credited, refund_at);
		/* cancellations and returns are refunded in full; 1 % of the
		 * other orders get a partial goodwill refund */
		if ((o->t_cancel >= 0 || o->t_return >= 0 || rng_chance(&R, 0.01)) &&
		    base <= END_TS) {
			struct tsrow *r = ts_add(&a->refunds, base + rng_int(&R, 600, 7200));
			r->a = captured_id;
			r->b = o->id;
			r->c = (o->t_cancel >= 0 || o->t_return >= 0)
			           ? o->total
			           : max64(100, o->total / 5 / 100 * 100);
			r->s1 = o->t_cancel >= 0 ? refund_reasons[3] : PICK(&R, refund_reasons);
		}
	}
}

static void tracking_number(int carrier, int64_t ship_id)
{
	char tmp[16];
	switch (carrier) {
	case 0:
		v_f("%010lld", (long long)(1300000000 + ship_id * 13));
		break;
	case 1:
		v_f("8%013lld", (long long)(1020000000000 + ship_id * 17));
		break;
	case 2:
		v_f("BB%09lldRU", (long long)(300000000 + ship_id));
		break;
	case 3:
		v_f("RU%010lld", (long long)(5000000000 + ship_id * 3));
		break;
	case 4:
		v_f("CR-%07lld", (long long)ship_id);
		break;
	default:
		hash_str(tmp, 10);
		for (char *s = tmp; *s; s++)
			*s = (char)(*s >= 'a' ? *s - 32 : *s);
		v_f("1Z%s%06lld", tmp, (long long)ship_id);
		break;
	}
}

/* The shipment of an order that left the warehouse, and the tracking
 * events of the one carrier that reports them (CDEK). */
static void order_shipment(const struct order *o, struct after *a)
{
	static const int carriers_ru_w[] = {40, 25, 15, 10, 10};
	const struct cust *c = o->c;
	int carrier, w;
	int64_t id;
	struct tsrow *r;
	if (o->store ||
	    (o->status != ST_SHIPPED && o->status != ST_DELIVERED && o->status != ST_RETURNED))
		return;
	carrier = o->usd ? 5 : wpick(carriers_ru_w, 5);
	w = wh_for_city(c->p.city);
	id = ++a->ship_id;
	row(T_SHIPMENTS);
	v_i(id);
	v_i(o->id);
	v_i(w + 1);
	v_i(carrier + 1);
	tracking_number(carrier, id);
	v_s(o->status == ST_SHIPPED     ? "in_transit"
	    : o->status == ST_DELIVERED ? "delivered"
	                                : "returned");
	/* the recipient is recorded when it is not the customer */
	if (rng_chance(&R, 0.25)) {
		struct person rp;
		fake_person(&R, &rp, c->p.ru, 4000000 + id);
		v_f("%s %s", rp.first, rp.last);
		v_s(rp.phone);
	} else {
		v_null();
		v_null();
	}
	if (c->naddr && c->has_geo[0]) {
		v_real(c->lat[0]);
		v_real(c->lon[0]);
	} else {
		v_null();
		v_null();
	}
	v_ts(o->t_ship);
	v_opt_ts(o->status >= ST_DELIVERED ? o->t_deliv : -1);
	v_ts(o->t_paid + 3600);
	v_ts(o->status >= ST_DELIVERED ? (o->status == ST_RETURNED ? o->t_return : o->t_deliv)
	                               : o->t_ship);
	end();
	if (carrier != 0)
		return;
	r = ts_add(&a->dev, o->t_ship);
	r->a = id;
	r->s1 = "accepted";
	r->s2 = wh_city(w);
	if (rng_chance(&R, 0.3) && (o->t_ship + o->t_deliv) / 2 <= END_TS) {
		r = ts_add(&a->dev, (o->t_ship + o->t_deliv) / 2);
		r->a = id;
		r->s1 = "in_transit";
		r->s2 = o->usd ? "Secaucus, NJ" : "Сортировочный центр";
	}
	if (o->status >= ST_DELIVERED) {
		if (rng_chance(&R, 0.15)) {
			r = ts_add(&a->dev, o->t_deliv - 3600);
			r->a = id;
			r->s1 = "arrived_at_pickup";
			r->s2 = city_name(c->p.city);
		}
		r = ts_add(&a->dev, o->t_deliv);
		r->a = id;
		r->s1 = "delivered";
		r->s2 = city_name(c->p.city);
	}
}

/* Loyalty: points for delivered orders, redemptions at checkout. */
static void order_loyalty(const struct order *o, struct tslist *loyal)
{
	struct tsrow *r;
	if (!o->c->loyalty_created || o->c->loyalty_created >= o->t0)
		return;
	if (o->status == ST_DELIVERED) {
		int64_t rub = o->usd ? o->total * rate_micros[0][o->day] / 1000000 : o->total;
		r = ts_add(loyal, o->t_deliv + 60);
		r->a = o->ci + 1;
		r->b = o->id;
		r->c = rub / 100 / 100; /* a point per 100 roubles */
		r->s1 = "purchase";
	}
	if (rng_chance(&R, 0.08) && o->status != ST_CANCELLED) {
		r = ts_add(loyal, o->t0 + 5);
		r->a = o->ci + 1;
		r->b = o->id;
		r->c = -rng_int(&R, 1, 10) * 100;
		r->s1 = "redeem";
	}
}

static void write_history(struct tslist *hist)
{
	ts_sort(hist);
	for (int64_t i = 0; i < hist->n; i++) {
		const struct tsrow *r = &hist->v[i];
		row(T_ORDER_STATUS_HISTORY);
		v_i(i + 1);
		v_i(r->a);
		v_s(r->s1);
		v_s(r->s2);
		v_opt_i(r->b);
		v_ts(r->ts);
		end();
	}
	ts_free(hist);
}

static void write_delivery_events(struct tslist *dev)
{
	ts_sort(dev);
	for (int64_t i = 0; i < dev->n; i++) {
		row(T_DELIVERY_EVENTS);
		v_i(i + 1);
		v_i(dev->v[i].a);
		v_s(dev->v[i].s1);
		v_s(dev->v[i].s2);
		v_ts(dev->v[i].ts);
		end();
	}
	ts_free(dev);
}

static void write_refunds(struct tslist *refunds)
{
	ts_sort(refunds);
	for (int64_t i = 0; i < refunds->n; i++) {
		const struct tsrow *r = &refunds->v[i];
		int64_t done = r->ts + rng_int(&R, 3600, 3 * 86400);
		int64_t by = pick_emp(r->ts, fin_dept, 3);
		row(T_REFUNDS);
		v_i(i + 1);
		v_i(r->a);
		v_i(r->b);
		v_money(r->c);
		if (r->s1)
			v_s(r->s1);
		else
			v_null();
		v_s(done <= END_TS ? "completed" : "pending");
		v_opt_i(by);
		v_ts(r->ts);
		v_ts(done <= END_TS ? done : r->ts);
		end();
	}
	ts_free(refunds);
}

/* The points ledger in time order (no balance below zero), then the
 * accounts with their final balances. */
static void write_loyalty(struct tslist *loyal)
{
	int64_t *byid = xcalloc(NCUST + 1, sizeof *byid), n = 0;
	char card[17];
	ts_sort(loyal);
	for (int64_t i = 0; i < loyal->n; i++) {
		struct tsrow *r = &loyal->v[i];
		struct cust *c = &custs[r->a - 1];
		int64_t pts = r->c;
		if (pts < 0 && c->points + pts < 0)
			pts = -c->points;
		if (pts == 0 || r->ts > END_TS)
			continue;
		c->points += pts;
		c->last_points = r->ts;
		row(T_LOYALTY_TRANSACTIONS);
		v_i(rows_of(T_LOYALTY_TRANSACTIONS) + 1);
		v_i(c->loyalty);
		v_opt_i(r->b);
		v_i(pts);
		v_s(r->s1);
		v_ts(r->ts);
		end();
	}
	ts_free(loyal);
	for (int i = 0; i < NCUST; i++)
		if (custs[i].loyalty) {
			byid[custs[i].loyalty] = i + 1;
			n++;
		}
	for (int64_t id = 1; id <= n; id++) {
		struct cust *c = &custs[byid[id] - 1];
		int s = 0;
		row(T_LOYALTY_ACCOUNTS);
		v_i(id);
		v_i(byid[id]);
		/* 16 digits that are not a card number: the check digit is off by one */
		snprintf(card, sizeof card, "7800%011lld", (long long)(id * 7919 % 100000000000LL));
		for (int q = 14, dbl = 1; q >= 0; q--, dbl = !dbl) {
			int v = card[q] - '0';
			if (dbl && (v *= 2) > 9)
				v -= 9;
			s += v;
		}
		card[15] = (char)('0' + ((10 - s % 10) % 10 + 1) % 10);
		card[16] = '\0';
		v_s(card);
		v_s(c->points > 20000 ? "gold" : c->points > 5000 ? "silver" : "base");
		v_i(c->points);
		v_ts(c->loyalty_created);
		v_ts(max64(c->loyalty_created, c->last_points));
		end();
	}
	free(byid);
}

void gen_orders(void)
{
	struct after a = {0};
	rng_seed(&R, "orders");
	write_carriers();
	open_loyalty_accounts(&a.loyal);
	for (int day = 0; day < DAYS; day++) {
		int n = (int)llround(35.0 * day_factor(day) * (1.0 + 0.07 * rng_normal(&R)));
		int64_t *times = xcalloc((size_t)n, sizeof *times);
		for (int k = 0; k < n; k++)
			times[k] = day_time(day);
		qsort(times, (size_t)n, sizeof *times, cmp_i64);
		for (int k = 0; k < n; k++) {
			struct order o;
			if (!order_begin(&o, times[k], day))
				continue;
			order_lines(&o);
			order_timeline(&o);
			write_order(&o);
			order_history(&o, &a.hist);
			order_payments(&o, &a);
			order_shipment(&o, &a);
			order_loyalty(&o, &a.loyal);
		}
		free(times);
	}
	write_history(&a.hist);
	write_delivery_events(&a.dev);
	write_refunds(&a.refunds);
	write_loyalty(&a.loyal);
}

/* ---------------------------------------------------------------- clickstream */

static void json_escape(char *out, size_t n, const char *s)
{
	size_t o = 0;
	for (; *s && o + 3 < n; s++) {
		if (*s == '"' || *s == '\\')
			out[o++] = '\\';
		out[o++] = *s;
	}
	out[o] = '\0';
}

void gen_clickstream(void)
{
	static const char *const queries[] = {"наушники",       "iphone 15",    "пылесос dyson",
	                                      "кроссовки nike", "подарок маме", "lego",
	                                      "чайник",         "телевизор 55", "кофе в зёрнах",
	                                      "шины зимние",    "коляска",      "витамины d3"};
	static const int dev_w[] = {40, 45, 15};
	static const char *const devs[] = {"desktop", "mobile", "app"};
	char uuid[37], ip[48], props[256], q[64];
	int64_t ev_id = 0;
	rng_seed(&R, "clickstream");
	for (int day = 0; day < DAYS; day++) {
		int n = (int)llround(10.5 * day_factor(day) * (1.0 + 0.1 * rng_normal(&R)));
		int64_t *times = xcalloc((size_t)n, sizeof *times);
		for (int k = 0; k < n; k++)
			times[k] = day_time(day);
		qsort(times, (size_t)n, sizeof *times, cmp_i64);
		for (int k = 0; k < n; k++) {
			int64_t t = times[k], user = 0, camp = 0, sid, nprod;
			int d = wpick(dev_w, 3), nev = 1 + (int)(rng_unit(&R) * rng_unit(&R) * 7);
			const char *src = NULL;
			if (rng_chance(&R, 0.4)) {
				int lo = 0, hi = nuaccts;
				while (lo < hi) {
					int mid = (lo + hi) / 2;
					if (uaccts[mid].created < t)
						lo = mid + 1;
					else
						hi = mid;
				}
				if (lo)
					user = uaccts[rng_int(&R, 0, lo - 1)].id;
			}
			if (rng_chance(&R, 0.25)) {
				int cidx = active_campaign(day);
				if (cidx >= 0) {
					camp = cidx + 1;
					src = utm_source_for(camps[cidx].channel);
				}
			} else if (rng_chance(&R, 0.3)) {
				src = rng_chance(&R, 0.6) ? "yandex" : "google";
			}
			sid = rows_of(T_WEB_SESSIONS) + 1;
			nprod = count_before(prod_created, NPROD, t - 600);
			/* the session row goes first; its end is the last event */
			{
				int64_t te = t, evt[8];
				for (int e = 0; e < nev; e++) {
					te += e ? rng_int(&R, 5, 180) : 0;
					evt[e] = te;
				}
				row(T_WEB_SESSIONS);
				v_i(sid);
				fake_uuid(&R, uuid);
				v_s(uuid);
				v_opt_i(user);
				v_opt_i(camp);
				if (src)
					v_s(src);
				else
					v_null();
				v_s(devs[d]);
				ip_any(ip, sizeof ip);
				v_s(ip);
				v_s(d == 2 ? (rng_chance(&R, 0.5)
				                  ? "ShopApp/5.12 (Android 13; Xiaomi 2201117TG)"
				                  : "ShopApp/5.12 (iOS 17.2; iPhone14,5)")
				           : fake_user_agent(&R));
				v_ts(t);
				v_opt_ts(nev > 1 ? evt[nev - 1] + rng_int(&R, 5, 60) : -1);
				v_ts(t + rng_int(&R, 0, 5));
				end();
				for (int e = 0; e < nev; e++) {
					double u = rng_unit(&R);
					int64_t p =
					    nprod ? (int64_t)(nprod * pow(rng_unit(&R), 1.6)) + 1
					          : 0;
					const char *type;
					row(T_EVENTS);
					v_i(++ev_id);
					v_i(sid);
					if (e == 0 || u < 0.25) {
						type = "page_view";
						v_s(type);
						v_s(e == 0 ? "/" : "/catalog");
						v_null();
						v_null();
					} else if (u < 0.6 && p) {
						v_s("product_view");
						v_f("/product/%lld", (long long)p);
						v_i(p);
						v_f("{\"list\": \"%s\"}",
						    rng_chance(&R, 0.5) ? "search" : "category");
					} else if (u < 0.75) {
						json_escape(q, sizeof q, PICK(&R, queries));
						v_s("search");
						v_f("/search?q=%s", q);
						v_null();
						snprintf(props, sizeof props,
						         "{\"q\": \"%s\", \"results\": %d}", q,
						         (int)rng_int(&R, 0, 240));
						v_s(props);
					} else if (u < 0.9 && p) {
						v_s("add_to_cart");
						v_f("/product/%lld", (long long)p);
						v_i(p);
						v_f("{\"qty\": %d}", rng_chance(&R, 0.85) ? 1 : 2);
					} else if (user) {
						v_s(rng_chance(&R, 0.5) ? "begin_checkout"
						                        : "login");
						v_s("/checkout");
						v_null();
						v_null();
					} else {
						v_s("page_view");
						v_s("/delivery");
						v_null();
						v_null();
					}
					v_ts(evt[e]);
					end();
				}
			}
		}
		free(times);
	}
}

/* ---------------------------------------------------------------- support */

/* ticket subjects and bodies: order tickets get the order number and the
 * customer's name, general ones the customer's e-mail and name */
static const char *const subj_ru_order[][2] = {
    {"Где мой заказ?", "Здравствуйте!\nЗаказ %s до сих пор не доставлен, трек-номер не обновляется "
                       "уже неделю.\nС уважением, %s"},
    {"Повреждённый товар",
     "Добрый день. В заказе %s коробка пришла мятая, товар поцарапан. Фото прикладываю.\n%s"},
    {"Возврат денег", "Прошу вернуть деньги за заказ %s, товар отправил обратно курьером. %s"},
    {"Не могу загрузить чек",
     "При загрузке чека по заказу %s пишет ошибку.\nФайл: C:\\Users\\%s\\Desktop\\чек.pdf"},
    {"Смена адреса доставки", "Можно изменить адрес доставки для заказа %s? Переезжаю. %s"},
    {"Двойное списание", "По заказу %s деньги списались два раза! Проверьте, пожалуйста. %s"},
};
static const char *const subj_us_order[][2] = {
    {"Where is my order?",
     "Hi, my order %s was due last Friday and tracking shows nothing.\nThanks, %s"},
    {"Wrong item", "Order %s: I received a different colour than I ordered.\t%s"},
};
static const char *const subj_ru_general[][2] = {
    {"Не могу войти в личный кабинет", "Не приходит письмо для восстановления пароля на %s.\n%s"},
    {"Удалите мои данные",
     "Прошу удалить мои персональные данные, адрес %s исключить из рассылки. %s"},
};
static const char *const subj_us_general[][2] = {
    {"Question about loyalty points",
     "Hi, my points balance looks wrong, my account e-mail is %s.\nRegards, %s"},
    {"Account locked", "I was locked out after a password reset. E-mail: %s\t- %s"},
};

static const char *const agent_replies[] = {
    "Здравствуйте! Проверили заказ, передали запрос в службу доставки.",
    "Приносим извинения. Оформили возврат, деньги поступят в течение 5 рабочих дней.",
    "Hello! We have escalated this to the carrier and will update you within 24 hours.",
    "Спасибо за обращение. Уточните, пожалуйста, номер телефона получателя.",
    "Вопрос решён, закрываем обращение. Хорошего дня!",
    "Sorry for the trouble: a replacement has been shipped today.",
};

void gen_support(void)
{
	static const char *const prio[] = {"low", "normal", "normal", "normal", "high", "urgent"};
	static const char *const chan[] = {"email", "chat", "phone", "app"};
	int sup[] = {D_SUP};
	struct tslist l = {0}, msgs = {0}, cm = {0};
	char body[600];
	int64_t *ticket_created;
	rng_seed(&R, "support");
	for (int i = 0; i < 4000; i++) {
		struct tsrow *r;
		if (rng_chance(&R, 0.62)) {
			int64_t o = rng_int(&R, 0, nords - 1);
			int64_t ts = ords[o].created + rng_int(&R, 3600, 20 * 86400);
			if (ts > END_TS)
				continue;
			r = ts_add(&l, ts);
			r->a = ords[o].cst;
			r->b = o + 1;
		} else {
			int ci = (int)rng_int(&R, 0, NCUST - 1);
			r = ts_add(&l, between(custs[ci].created + 600, END_TS));
			r->a = ci + 1;
		}
	}
	ts_sort(&l);
	ticket_created = xcalloc((size_t)l.n + 1, sizeof *ticket_created);
	for (int64_t i = 0; i < l.n; i++) {
		const struct tsrow *r = &l.v[i];
		struct cust *c = &custs[r->a - 1];
		const char *const *subj;
		int nmsg = (int)rng_int(&R, 1, 5);
		int64_t t = r->ts, assignee = rng_chance(&R, 0.95) ? pick_emp(r->ts, sup, 1) : 0;
		int64_t closed = -1, last = r->ts;
		const char *status;
		ticket_created[i + 1] = r->ts;
		if (r->b)
			subj = c->p.ru ? PICK(&R, subj_ru_order) : PICK(&R, subj_us_order);
		else
			subj = c->p.ru ? PICK(&R, subj_ru_general) : PICK(&R, subj_us_general);
		/* the path in the upload complaint names the user's Windows profile */
		snprintf(body, sizeof body, subj[1], r->b ? ords[r->b - 1].no : c->p.email,
		         strstr(subj[1], "Users") ? c->p.last_lat : c->p.first);
		for (int m = 0; m < nmsg; m++) {
			struct tsrow *mr;
			t += m ? rng_int(&R, 600, 2 * 86400) : 0;
			if (t > END_TS)
				break;
			last = t;
			mr = ts_add(&msgs, t);
			mr->a = i + 1;
			mr->s1 = m % 2 ? "agent" : "customer";
			mr->owned = xstrdup(m == 0  ? body
			                    : m % 2 ? PICK(&R, agent_replies)
			                            : "Спасибо, жду ответа.");
		}
		if (last + 3600 <= END_TS && rng_chance(&R, 0.85))
			closed = last + rng_int(&R, 600, 3600);
		status = closed >= 0 ? "closed" : assignee ? "open" : "new";
		row(T_SUPPORT_TICKETS);
		v_i(i + 1);
		v_i(r->a);
		v_opt_i(r->b);
		v_opt_i(assignee);
		v_s(subj[0]);
		v_s(body);
		v_s(PICK(&R, prio));
		v_s(status);
		v_s(PICK(&R, chan));
		v_opt_ts(closed);
		v_ts(r->ts);
		v_ts(closed >= 0 ? closed : last);
		end();
	}
	ts_sort(&msgs);
	for (int64_t i = 0; i < msgs.n; i++) {
		row(T_TICKET_MESSAGES);
		v_i(i + 1);
		v_i(msgs.v[i].a);
		v_s(msgs.v[i].s1);
		v_s(msgs.v[i].owned);
		v_ts(msgs.v[i].ts);
		end();
	}
	ts_free(&msgs);

	/* comments: a polymorphic pair pointing at tickets, products or orders */
	for (int i = 0; i < 5000; i++) {
		double u = rng_unit(&R);
		struct tsrow *r;
		int64_t target, base;
		const char *type;
		if (u < 0.6) {
			target = rng_int(&R, 1, l.n);
			base = ticket_created[target];
			type = "ticket";
		} else if (u < 0.8) {
			target = rng_int(&R, 1, NPROD);
			base = prods[target - 1].created;
			type = "product";
		} else {
			target = rng_int(&R, 1, nords);
			base = ords[target - 1].created;
			type = "order";
		}
		r = ts_add(&cm, between(base + 60, min64(END_TS, base + 30 * 86400)));
		r->a = target;
		r->s1 = type;
	}
	ts_sort(&cm);
	for (int64_t i = 0; i < cm.n; i++) {
		static const char *const notes[] = {
		    "Клиент перезвонил, вопрос решён по телефону",
		    "Checked with the warehouse: item is in stock at MSK-1",
		    "Фото товара на сайте не соответствует цвету, передал в контент",
		    "Duplicate of an earlier ticket, merged",
		    "Согласовано с руководителем: компенсация 10%",
		    "Supplier confirmed the batch defect.\nPull remaining stock.",
		};
		int all[] = {D_SUP, D_CC, D_ECOM, D_WH};
		int64_t e = pick_emp(cm.v[i].ts, all, 4);
		row(T_COMMENTS);
		v_i(i + 1);
		v_s(cm.v[i].s1);
		v_i(cm.v[i].a);
		v_i(emp_user(e ? e : dept_head[D_SUP]));
		v_s(PICK(&R, notes));
		v_ts(cm.v[i].ts);
		v_ts(rng_chance(&R, 0.9) ? cm.v[i].ts : between(cm.v[i].ts, END_TS));
		end();
	}
	ts_free(&cm);
	ts_free(&l);
	free(ticket_created);
}

/* ---------------------------------------------------------------- audit, settings */

void gen_audit(void)
{
	static const struct {
		const char *action, *entity;
	} acts[] = {
	    {"login", "users"},         {"update", "products"},           {"update", "cst_mstr"},
	    {"export", "cst_mstr"},     {"approve", "refunds"},           {"view_pii", "emp_pdn"},
	    {"update", "app_settings"}, {"delete", "customer_addresses"}, {"create", "promo_codes"},
	};
	struct tslist l = {0};
	char ip[48];
	rng_seed(&R, "audit");
	for (int i = 0; i < 6000; i++) {
		int e = (int)rng_int(&R, 0, NEMP - 1);
		int64_t ts = between(emps[e].created, min64(END_TS, at(emps[e].term, 0, 0, 0) - 1));
		struct tsrow *r = ts_add(&l, ts);
		r->a = rng_chance(&R, 0.9) ? emp_user(e + 1) : 0;
		r->b = rng_int(&R, 0, (int64_t)(sizeof acts / sizeof acts[0]) - 1);
	}
	ts_sort(&l);
	for (int64_t i = 0; i < l.n; i++) {
		const struct tsrow *r = &l.v[i];
		const char *ent = acts[r->b].entity;
		row(T_AUDIT_LOG);
		v_i(i + 1);
		v_opt_i(r->a);
		v_s(r->a ? acts[r->b].action : "system_job");
		v_s(ent);
		if (strcmp(ent, "products") == 0) {
			int64_t p = rng_int(&R, 1, NPROD);
			v_f("%lld", (long long)p);
			fake_ipv4(&R, ip, sizeof ip);
			v_s(ip);
			v_f("{\"new\": \"%d.00\", \"old\": \"%d.00\", \"field\": \"list_price\"}",
			    (int)rng_int(&R, 100, 9000), (int)rng_int(&R, 100, 9000));
		} else if (strcmp(ent, "cst_mstr") == 0 && r->b == 3) {
			v_s("segment=vip");
			fake_ipv4(&R, ip, sizeof ip);
			v_s(ip);
			v_f("{\"rows\": %d, \"format\": \"csv\"}", (int)rng_int(&R, 10, 900));
		} else if (strcmp(ent, "app_settings") == 0) {
			v_s("checkout.free_delivery_from_rub");
			fake_ipv4(&R, ip, sizeof ip);
			v_s(ip);
			v_null();
		} else {
			v_f("%lld", (long long)rng_int(&R, 1, 5000));
			if (r->a) {
				fake_ipv4(&R, ip, sizeof ip);
				v_s(ip);
			} else {
				v_null();
			}
			v_null();
		}
		v_ts(r->ts);
		end();
	}
	ts_free(&l);

	{
		static const char *const settings[][3] = {
		    {"checkout.free_delivery_from_rub", "3000", "Free delivery threshold, RUB"},
		    {"checkout.free_delivery_from_usd", "50", NULL},
		    {"checkout.max_items", "50", NULL},
		    {"loyalty.points_per_100_rub", "1", "Points earned per 100 roubles"},
		    {"loyalty.welcome_bonus", "500", NULL},
		    {"support.sla_hours", "24", "First reply target"},
		    {"catalog.default_currency", "RUB", NULL},
		    {"payments.providers", "yookassa,sbp,stripe,pos", NULL},
		    {"marketing.utm_ttl_days", "30", NULL},
		    {"feature.new_checkout", "true", "Rolled out in 2024"},
		    {"feature.recommendations", "false", NULL},
		    {"security.session_ttl_days", "30", NULL},
		    {"security.password_min_length", "10", NULL},
		    {"warehouse.reserve_minutes", "30", NULL},
		    {"reports.timezone", "Europe/Moscow", NULL},
		};
		int admins[] = {D_IT, D_HQ};
		for (size_t i = 0; i < sizeof settings / sizeof settings[0]; i++) {
			int64_t created = at(0, 6, 0, (int)i), updated = created, by = 0;
			if (rng_chance(&R, 0.5)) {
				updated = office_time((int)rng_int(&R, 10, DAYS - 1));
				by = emp_user(pick_emp(updated, admins, 2));
			}
			row(T_APP_SETTINGS);
			v_s(settings[i][0]);
			v_s(settings[i][1]);
			if (settings[i][2])
				v_s(settings[i][2]);
			else
				v_null();
			v_opt_i(by);
			v_ts(created);
			v_ts(updated);
			end();
		}
	}
}
