/*
 * salvage.c - copying what can still be read out of a damaged workspace
 * file into a fresh one (`sextant workspace rebuild`).
 *
 * The catalog and everything derived from it can be rebuilt by analysing
 * again; the user's decisions and the run history cannot. So a rebuild
 * moves the damaged file aside, creates a fresh one, and then copies those
 * tables row by row from the old file, opened read-only:
 *
 * - Only tables that exist in both files, and only their common columns,
 *   are copied (INSERT OR IGNORE, values bound one by one), so a file of an
 *   older or newer version gives what it has.
 * - Rowid tables are read in rowid order. When a read hits a damaged page
 *   the scan resumes past it: it seeks to rowid last+1, +2, +4, ... so that
 *   a broken leaf page costs the rows on it (and at most as many again),
 *   not the rest of the table. WITHOUT ROWID tables are read in one pass
 *   and keep what came before the damage.
 * - Rows the fresh file refuses (a constraint: a run's rows whose run was
 *   lost) are counted as dropped, not fatal.
 * - A file whose 100-byte header is damaged, or that was truncated (its
 *   header then claims more pages than the file has, which SQLite refuses),
 *   is read through a copy of its whole pages with a rebuilt header (the
 *   header's page size first, then the legal ones), since the pages
 *   behind it are often intact; a truncated file's copy is extended with
 *   zeroed pages to the count its header claims, so that its schema, which
 *   names root pages past the cut, still loads.
 *
 * The old file is never written: it is opened read-only (immutable when
 * its WAL cannot be read), and the header repair works on a temporary copy.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include <sextant/store.h>

/* ------------------------------------------------------------ old file */

/* "file:" URI of path, percent-encoding what a URI would misread. */
static void file_uri(char *out, size_t n, const char *path, const char *query)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t o = 0;
	const unsigned char *p;
	o += (size_t)snprintf(out, n, "file:");
	for (p = (const unsigned char *)path; *p && o + 4 < n; p++) {
		if (*p == '%' || *p == '?' || *p == '#' || *p <= ' ' || *p >= 0x7f) {
			out[o++] = '%';
			out[o++] = hex[*p >> 4];
			out[o++] = hex[*p & 15];
		} else {
			out[o++] = (char)*p;
		}
	}
	out[o] = '\0';
	if (o < n)
		snprintf(out + o, n - o, "%s", query);
}

/* Opens path read-only and checks that its schema can be read. */
static sqlite3 *open_ro(const char *path, const char *query)
{
	char uri[4200];
	sqlite3 *h = NULL;
	int rc;

	file_uri(uri, sizeof uri, path, query);
	if (sqlite3_open_v2(uri, &h, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) != SQLITE_OK) {
		sqlite3_close(h);
		return NULL;
	}
	/* a damaged file is untrusted input: no schema-defined functions,
	 * no writes through the schema */
	sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
	sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
	sqlite3_exec(h, "PRAGMA cell_size_check = ON", NULL, NULL, NULL);
	rc = sqlite3_exec(h, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		sqlite3_close(h);
		return NULL;
	}
	return h;
}

static void put_be(unsigned char *p, unsigned v, int n)
{
	int i;
	for (i = n - 1; i >= 0; i--, v >>= 8)
		p[i] = (unsigned char)(v & 0xff);
}

/* Writes a copy of path with a plausible header for page size psz, into
 * tmp. The fields that matter for reading: magic, page size, file format
 * 1/1 (rollback journal: the WAL, if any, is not consulted), payload
 * fractions, page count, schema format 4, UTF-8. The freelist is dropped:
 * salvage never allocates pages.
 *
 * claimed is the page count the old header states (0 when unknown). A
 * truncated file's schema still names root pages past the cut, and SQLite
 * refuses a schema with a root page beyond the last page ("invalid
 * rootpage"), which would lose the tables that are intact. So the copy is
 * extended to the claimed count with zeroed pages (sparse: no disk used):
 * the schema loads, and only the tables whose pages are missing fail to
 * read, as damaged pages do. */
static int write_fixed_copy(const char *path, const char *tmp, unsigned psz, long size,
			    unsigned claimed)
{
	unsigned npages = (unsigned)(size / psz);
	/* the claim is trusted up to 1 TiB of pages: a damaged header may
	 * state anything */
	if (claimed > npages && (unsigned long long)claimed * psz <= (1ull << 40))
		npages = claimed;
	unsigned char hdr[100];
	char buf[65536];
	FILE *in, *out;
	size_t n;
	long left;
	int ok;

	memset(hdr, 0, sizeof hdr);
	memcpy(hdr, "SQLite format 3", 16);
	put_be(hdr + 16, psz == 65536 ? 1 : psz, 2);
	hdr[18] = 1;
	hdr[19] = 1;
	hdr[21] = 64;
	hdr[22] = 32;
	hdr[23] = 32;
	put_be(hdr + 24, 1, 4);                       /* change counter */
	put_be(hdr + 28, npages, 4);                  /* pages in the copy */
	put_be(hdr + 40, 1, 4);                       /* schema cookie */
	put_be(hdr + 44, 4, 4);                       /* schema format */
	put_be(hdr + 56, 1, 4);                       /* UTF-8 */
	put_be(hdr + 92, 1, 4);                       /* version-valid-for */
	put_be(hdr + 96, SQLITE_VERSION_NUMBER, 4);
	if (!(in = fopen(path, "rb")))
		return -1;
	if (!(out = fopen(tmp, "wb"))) {
		fclose(in);
		return -1;
	}
	/* whole pages only: a file cut inside a page keeps the pages before */
	left = (size / psz) * psz - 100;
	ok = fwrite(hdr, 1, sizeof hdr, out) == sizeof hdr && fseek(in, 100, SEEK_SET) == 0;
	while (ok && left > 0 &&
	       (n = fread(buf, 1, left < (long)sizeof buf ? (size_t)left : sizeof buf, in)) > 0) {
		ok = fwrite(buf, 1, n, out) == n;
		left -= (long)n;
	}
	fclose(in);
	/* the zeroed pages past the cut */
	if (ok && npages > size / psz && fflush(out) == 0 &&
	    ftruncate(fileno(out), (off_t)npages * psz) != 0)
		ok = 0;
	if (fclose(out) != 0)
		ok = 0;
	return ok ? 0 : -1;
}

/* The page size the file's header states, or 0 when it states none legal;
 * *claimed gets the page count it states. */
static unsigned header_page_size(const char *path, unsigned *claimed)
{
	unsigned char h[32];
	unsigned v;
	FILE *f = fopen(path, "rb");
	size_t n = f ? fread(h, 1, sizeof h, f) : 0;
	if (f)
		fclose(f);
	*claimed = 0;
	if (n < sizeof h || memcmp(h, "SQLite format 3", 16) != 0)
		return 0;
	*claimed = (unsigned)h[28] << 24 | (unsigned)h[29] << 16 | (unsigned)h[30] << 8 | h[31];
	v = (unsigned)h[16] << 8 | h[17];
	if (v == 1)
		v = 65536;
	return v >= 512 && v <= 65536 && (v & (v - 1)) == 0 ? v : 0;
}

/* Opens the damaged file for reading: as it is, then ignoring a WAL that
 * cannot be read, then through a copy with a rebuilt header. *tmp names
 * that copy (to unlink) when one was made. */
static sqlite3 *open_old(const char *from, char *tmp, size_t ntmp)
{
	struct stat sb;
	sqlite3 *h;
	unsigned psz, hpsz, claimed;
	int i;

	char wal[1200];

	tmp[0] = '\0';
	/* without a WAL the file is read as immutable: no locks and no -shm
	 * created beside the backup; with one, read-only so that its pages
	 * count, then immutable (ignoring it) when it cannot be read */
	snprintf(wal, sizeof wal, "%s-wal", from);
	if (stat(wal, &sb) == 0 && (h = open_ro(from, "?mode=ro")))
		return h;
	if ((h = open_ro(from, "?immutable=1")))
		return h;
	if (stat(from, &sb) != 0 || sb.st_size < 512)
		return NULL;
	snprintf(tmp, ntmp, "%s.salvage-tmp", from);
	/* the header's own page size first (a truncated file keeps its
	 * header but claims more pages than it has), then every legal one;
	 * a file cut inside a page is read up to its last whole page */
	hpsz = header_page_size(from, &claimed);
	for (i = -1; i < 8; i++) {
		psz = i < 0 ? hpsz : 512u << i;
		if (!psz || (i >= 0 && psz == hpsz) || sb.st_size < (off_t)psz)
			continue;
		if (write_fixed_copy(from, tmp, psz, (long)sb.st_size, psz == hpsz ? claimed : 0) !=
		    0)
			break;
		if ((h = open_ro(tmp, "?immutable=1")))
			return h;
	}
	unlink(tmp);
	tmp[0] = '\0';
	return NULL;
}

/* ------------------------------------------------------------ copying */

static void quote_ident(sx_buf *b, const char *name)
{
	sx_buf_putc(b, '"');
	for (; *name; name++) {
		if (*name == '"')
			sx_buf_putc(b, '"');
		sx_buf_putc(b, *name);
	}
	sx_buf_putc(b, '"');
}

/* Columns of table in db (schema "main"), or NULL when it has none. */
static cJSON *columns_of(sqlite3 *db, const char *table)
{
	sqlite3_stmt *s;
	cJSON *cols;
	if (sqlite3_prepare_v2(db, "SELECT name FROM pragma_table_info(?)", -1, &s, NULL) !=
	    SQLITE_OK)
		return NULL;
	sqlite3_bind_text(s, 1, table, -1, SQLITE_STATIC);
	cols = cJSON_CreateArray();
	while (sqlite3_step(s) == SQLITE_ROW)
		cJSON_AddItemToArray(cols, cJSON_CreateString(
						   (const char *)sqlite3_column_text(s, 0)));
	sqlite3_finalize(s);
	if (cJSON_GetArraySize(cols) == 0) {
		cJSON_Delete(cols);
		return NULL;
	}
	return cols;
}

static bool has_col(const cJSON *cols, const char *name)
{
	const cJSON *c;
	cJSON_ArrayForEach(c, cols)
	if (strcmp(c->valuestring, name) == 0)
		return true;
	return false;
}

struct copy {
	sqlite3 *old, *fresh;
	sqlite3_stmt *sel, *ins;
	int ncols;
	bool rowid;
	int64_t copied, dropped;
	bool damaged;
};

/* Builds the SELECT on the old file and the INSERT into the fresh one over
 * the columns both have. */
static int prepare_copy(struct copy *c, const char *table)
{
	cJSON *oldc = columns_of(c->old, table), *newc = columns_of(c->fresh, table);
	const cJSON *col;
	sx_buf sel = SX_BUF_INIT, ins = SX_BUF_INIT, vals = SX_BUF_INIT;
	int rc = -1;

	if (!oldc || !newc)
		goto done;
	c->ncols = 0;
	sx_buf_puts(&ins, "INSERT OR IGNORE INTO main.");
	quote_ident(&ins, table);
	sx_buf_puts(&ins, "(");
	cJSON_ArrayForEach(col, newc)
	{
		if (!has_col(oldc, col->valuestring))
			continue;
		if (c->ncols) {
			sx_buf_puts(&sel, ", ");
			sx_buf_puts(&ins, ", ");
			sx_buf_puts(&vals, ", ");
		}
		quote_ident(&sel, col->valuestring);
		quote_ident(&ins, col->valuestring);
		sx_buf_puts(&vals, "?");
		c->ncols++;
	}
	if (!c->ncols)
		goto done;
	sx_buf_printf(&ins, ") VALUES(%s)", sx_buf_cstr(&vals));
	if (sqlite3_prepare_v2(c->fresh, sx_buf_cstr(&ins), -1, &c->ins, NULL) != SQLITE_OK)
		goto done;
	/* rowid order when the table has rowids, so a scan can resume */
	{
		sx_buf q = SX_BUF_INIT;
		sx_buf_printf(&q, "SELECT rowid, %s FROM ", sx_buf_cstr(&sel));
		quote_ident(&q, table);
		sx_buf_puts(&q, " WHERE rowid > ? ORDER BY rowid");
		c->rowid = sqlite3_prepare_v2(c->old, sx_buf_cstr(&q), -1, &c->sel, NULL) ==
			   SQLITE_OK;
		if (!c->rowid) {
			sx_buf_clear(&q);
			sx_buf_printf(&q, "SELECT 0, %s FROM ", sx_buf_cstr(&sel));
			quote_ident(&q, table);
			if (sqlite3_prepare_v2(c->old, sx_buf_cstr(&q), -1, &c->sel, NULL) !=
			    SQLITE_OK) {
				sx_buf_release(&q);
				goto done;
			}
		}
		sx_buf_release(&q);
	}
	rc = 0;
done:
	if (sx_buf_failed(&sel) || sx_buf_failed(&ins) || sx_buf_failed(&vals))
		rc = -1;
	cJSON_Delete(oldc);
	cJSON_Delete(newc);
	sx_buf_release(&sel);
	sx_buf_release(&ins);
	sx_buf_release(&vals);
	return rc;
}

/* Inserts the current row of c->sel. Returns a fatal SQLite code for the
 * fresh file (disk full, I/O), 0 otherwise. */
static int copy_row(struct copy *c)
{
	int i, rc;
	for (i = 0; i < c->ncols; i++)
		sqlite3_bind_value(c->ins, i + 1, sqlite3_column_value(c->sel, i + 1));
	rc = sqlite3_step(c->ins);
	sqlite3_reset(c->ins);
	sqlite3_clear_bindings(c->ins);
	if (rc == SQLITE_DONE) {
		if (sqlite3_changes(c->fresh) > 0)
			c->copied++;
		else
			c->dropped++; /* already there (the fresh file's own rows) */
		return 0;
	}
	if ((rc & 0xff) == SQLITE_CONSTRAINT || (rc & 0xff) == SQLITE_MISMATCH ||
	    (rc & 0xff) == SQLITE_TOOBIG) {
		c->dropped++;
		return 0;
	}
	return rc;
}

/* Reads the whole table, stepping over damaged pages (see the note at
 * the top). */
static int copy_rows(struct copy *c)
{
	int64_t last = 0, gap = 1;
	int tries = 0, rc;

	for (;;) {
		sqlite3_reset(c->sel);
		if (c->rowid)
			sqlite3_bind_int64(c->sel, 1, last);
		while ((rc = sqlite3_step(c->sel)) == SQLITE_ROW) {
			int w;
			last = sqlite3_column_int64(c->sel, 0);
			gap = 1;
			if ((w = copy_row(c)))
				return w;
		}
		if (rc == SQLITE_DONE)
			return 0;
		c->damaged = true;
		if (!c->rowid || ++tries > 200 || last > INT64_MAX / 4 - gap)
			return 0;
		last += gap;
		gap *= 2;
	}
}

int sx_store_salvage(sx_store *st, const char *from, const char *const *tables, size_t ntables,
		     cJSON *report, sx_error *err)
{
	char tmp[1200];
	cJSON *rows, *unreadable;
	struct copy c;
	size_t i;
	int rc = 0;
	bool nested = sx_store_in_transaction(st);

	rows = cJSON_GetObjectItem(report, "rows");
	if (!rows)
		rows = cJSON_AddObjectToObject(report, "rows");
	unreadable = cJSON_GetObjectItem(report, "unreadable");
	if (!unreadable)
		unreadable = cJSON_AddArrayToObject(report, "unreadable");
	memset(&c, 0, sizeof c);
	c.fresh = sx_store_db(st);
	c.old = open_old(from, tmp, sizeof tmp);
	cJSON_DeleteItemFromObject(report, "readable");
	cJSON_AddBoolToObject(report, "readable", c.old != NULL);
	if (!c.old)
		return 0; /* nothing readable: a fresh workspace is all we can give */
	if (tmp[0])
		cJSON_AddBoolToObject(report, "header_repaired", 1);
	if ((rc = sx_store_tx_begin(st, "sx_salvage", err)))
		goto done;
	for (i = 0; i < ntables && !rc; i++) {
		int w;
		c.copied = c.dropped = 0;
		c.damaged = false;
		if (prepare_copy(&c, tables[i]) != 0) {
			/* absent from the old file (never used) or its schema is
			 * unreadable: only the latter is a loss */
			sqlite3_stmt *s;
			bool known = false;
			if (sqlite3_prepare_v2(c.old,
					       "SELECT 1 FROM sqlite_schema WHERE type = 'table'"
					       " AND name = ?",
					       -1, &s, NULL) == SQLITE_OK) {
				sqlite3_bind_text(s, 1, tables[i], -1, SQLITE_STATIC);
				known = sqlite3_step(s) == SQLITE_ROW;
				sqlite3_finalize(s);
			}
			if (known)
				cJSON_AddItemToArray(unreadable, cJSON_CreateString(tables[i]));
		} else if ((w = copy_rows(&c))) {
			rc = sx_error_set(err, SX_EIO, "cannot write the salvaged rows into '%s': %s",
					  sx_store_path(st), sqlite3_errstr(w));
		} else {
			cJSON_AddNumberToObject(rows, tables[i], (double)c.copied);
			if (c.damaged)
				cJSON_AddItemToArray(unreadable, cJSON_CreateString(tables[i]));
		}
		sqlite3_finalize(c.sel);
		sqlite3_finalize(c.ins);
		c.sel = c.ins = NULL;
	}
	if (rc)
		sx_store_tx_rollback(st, "sx_salvage", nested);
	else
		rc = sx_store_tx_commit(st, "sx_salvage", nested, err);
done:
	sqlite3_close(c.old);
	if (tmp[0])
		unlink(tmp);
	return rc;
}
