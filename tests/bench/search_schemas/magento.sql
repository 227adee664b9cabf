-- Magento Open Source 2.4: the sales side of the store's database as
-- bin/magento setup:install creates it from the modules' db_schema.xml
-- (Magento_Sales, Magento_Quote, Magento_SalesRule, Magento_SalesSequence,
-- with the store, customer and customer-group tables they point to and the
-- sequence tables of the default store), for the search bench (held-out
-- set 33). Magento runs on MySQL; this is its DDL written as PostgreSQL
-- (unsigned, AUTO_INCREMENT, ENGINE and ON UPDATE dropped, MySQL's TEXT
-- and BLOB sizes as text and bytea, datetime as timestamp, named unique
-- keys as UNIQUE constraints, the order grid's FULLTEXT index left out).
-- Table comments are Magento's own (COMMENT ON TABLE); column comments,
-- other indexes and rows are left out.

CREATE TABLE store_website (
  website_id smallint NOT NULL,
  code varchar(32) DEFAULT NULL,
  name varchar(64) DEFAULT NULL,
  sort_order smallint NOT NULL DEFAULT '0',
  default_group_id smallint NOT NULL DEFAULT '0',
  is_default smallint DEFAULT '0',
  PRIMARY KEY (website_id),
  CONSTRAINT STORE_WEBSITE_CODE UNIQUE (code)
);
COMMENT ON TABLE store_website IS 'Websites';

CREATE TABLE store_group (
  group_id smallint NOT NULL,
  website_id smallint NOT NULL DEFAULT '0',
  name varchar(255) NOT NULL,
  root_category_id int NOT NULL DEFAULT '0',
  default_store_id smallint NOT NULL DEFAULT '0',
  code varchar(32) DEFAULT NULL,
  PRIMARY KEY (group_id),
  CONSTRAINT STORE_GROUP_WEBSITE_ID_STORE_WEBSITE_WEBSITE_ID FOREIGN KEY (website_id) REFERENCES store_website (website_id) ON DELETE CASCADE
);
COMMENT ON TABLE store_group IS 'Store Groups';

CREATE TABLE store (
  store_id smallint NOT NULL,
  code varchar(32) DEFAULT NULL,
  website_id smallint NOT NULL DEFAULT '0',
  group_id smallint NOT NULL DEFAULT '0',
  name varchar(255) NOT NULL,
  sort_order smallint NOT NULL DEFAULT '0',
  is_active smallint NOT NULL DEFAULT '0',
  PRIMARY KEY (store_id),
  CONSTRAINT STORE_CODE UNIQUE (code),
  CONSTRAINT STORE_GROUP_ID_STORE_GROUP_GROUP_ID FOREIGN KEY (group_id) REFERENCES store_group (group_id) ON DELETE CASCADE,
  CONSTRAINT STORE_WEBSITE_ID_STORE_WEBSITE_WEBSITE_ID FOREIGN KEY (website_id) REFERENCES store_website (website_id) ON DELETE CASCADE
);
COMMENT ON TABLE store IS 'Stores';

CREATE TABLE customer_group (
  customer_group_id int NOT NULL,
  customer_group_code varchar(32) NOT NULL,
  tax_class_id int NOT NULL DEFAULT '0',
  PRIMARY KEY (customer_group_id)
);
COMMENT ON TABLE customer_group IS 'Customer Group';

CREATE TABLE customer_entity (
  entity_id int NOT NULL,
  website_id smallint DEFAULT NULL,
  email varchar(255) DEFAULT NULL,
  group_id smallint NOT NULL DEFAULT '0',
  increment_id varchar(50) DEFAULT NULL,
  store_id smallint DEFAULT '0',
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  is_active smallint NOT NULL DEFAULT '1',
  disable_auto_group_change smallint NOT NULL DEFAULT '0',
  created_in varchar(255) DEFAULT NULL,
  prefix varchar(40) DEFAULT NULL,
  firstname varchar(255) DEFAULT NULL,
  middlename varchar(255) DEFAULT NULL,
  lastname varchar(255) DEFAULT NULL,
  suffix varchar(40) DEFAULT NULL,
  dob date DEFAULT NULL,
  password_hash varchar(128) DEFAULT NULL,
  rp_token varchar(128) DEFAULT NULL,
  rp_token_created_at timestamp DEFAULT NULL,
  default_billing int DEFAULT NULL,
  default_shipping int DEFAULT NULL,
  taxvat varchar(50) DEFAULT NULL,
  confirmation varchar(64) DEFAULT NULL,
  gender smallint DEFAULT NULL,
  failures_num smallint DEFAULT '0',
  first_failure timestamp NULL DEFAULT NULL,
  lock_expires timestamp NULL DEFAULT NULL,
  PRIMARY KEY (entity_id),
  CONSTRAINT CUSTOMER_ENTITY_EMAIL_WEBSITE_ID UNIQUE (email,website_id),
  CONSTRAINT CUSTOMER_ENTITY_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE SET NULL,
  CONSTRAINT CUSTOMER_ENTITY_WEBSITE_ID_STORE_WEBSITE_WEBSITE_ID FOREIGN KEY (website_id) REFERENCES store_website (website_id) ON DELETE SET NULL
);
COMMENT ON TABLE customer_entity IS 'Customer Entity';

-- Magento_Sales

CREATE TABLE sales_order (
  entity_id int NOT NULL,
  state varchar(32) DEFAULT NULL,
  status varchar(32) DEFAULT NULL,
  coupon_code varchar(255) DEFAULT NULL,
  protect_code varchar(255) DEFAULT NULL,
  shipping_description varchar(255) DEFAULT NULL,
  is_virtual smallint DEFAULT NULL,
  store_id smallint DEFAULT NULL,
  customer_id int DEFAULT NULL,
  base_discount_amount decimal(20,4) DEFAULT NULL,
  base_discount_canceled decimal(20,4) DEFAULT NULL,
  base_discount_invoiced decimal(20,4) DEFAULT NULL,
  base_discount_refunded decimal(20,4) DEFAULT NULL,
  base_grand_total decimal(20,4) DEFAULT NULL,
  base_shipping_amount decimal(20,4) DEFAULT NULL,
  base_shipping_canceled decimal(20,4) DEFAULT NULL,
  base_shipping_invoiced decimal(20,4) DEFAULT NULL,
  base_shipping_refunded decimal(20,4) DEFAULT NULL,
  base_shipping_tax_amount decimal(20,4) DEFAULT NULL,
  base_shipping_tax_refunded decimal(20,4) DEFAULT NULL,
  base_subtotal decimal(20,4) DEFAULT NULL,
  base_subtotal_canceled decimal(20,4) DEFAULT NULL,
  base_subtotal_invoiced decimal(20,4) DEFAULT NULL,
  base_subtotal_refunded decimal(20,4) DEFAULT NULL,
  base_tax_amount decimal(20,4) DEFAULT NULL,
  base_tax_canceled decimal(20,4) DEFAULT NULL,
  base_tax_invoiced decimal(20,4) DEFAULT NULL,
  base_tax_refunded decimal(20,4) DEFAULT NULL,
  base_to_global_rate decimal(20,4) DEFAULT NULL,
  base_to_order_rate decimal(20,4) DEFAULT NULL,
  base_total_canceled decimal(20,4) DEFAULT NULL,
  base_total_invoiced decimal(20,4) DEFAULT NULL,
  base_total_invoiced_cost decimal(20,4) DEFAULT NULL,
  base_total_offline_refunded decimal(20,4) DEFAULT NULL,
  base_total_online_refunded decimal(20,4) DEFAULT NULL,
  base_total_paid decimal(20,4) DEFAULT NULL,
  base_total_qty_ordered decimal(12,4) DEFAULT NULL,
  base_total_refunded decimal(20,4) DEFAULT NULL,
  discount_amount decimal(20,4) DEFAULT NULL,
  discount_canceled decimal(20,4) DEFAULT NULL,
  discount_invoiced decimal(20,4) DEFAULT NULL,
  discount_refunded decimal(20,4) DEFAULT NULL,
  grand_total decimal(20,4) DEFAULT NULL,
  shipping_amount decimal(20,4) DEFAULT NULL,
  shipping_canceled decimal(20,4) DEFAULT NULL,
  shipping_invoiced decimal(20,4) DEFAULT NULL,
  shipping_refunded decimal(20,4) DEFAULT NULL,
  shipping_tax_amount decimal(20,4) DEFAULT NULL,
  shipping_tax_refunded decimal(20,4) DEFAULT NULL,
  store_to_base_rate decimal(12,4) DEFAULT NULL,
  store_to_order_rate decimal(12,4) DEFAULT NULL,
  subtotal decimal(20,4) DEFAULT NULL,
  subtotal_canceled decimal(20,4) DEFAULT NULL,
  subtotal_invoiced decimal(20,4) DEFAULT NULL,
  subtotal_refunded decimal(20,4) DEFAULT NULL,
  tax_amount decimal(20,4) DEFAULT NULL,
  tax_canceled decimal(20,4) DEFAULT NULL,
  tax_invoiced decimal(20,4) DEFAULT NULL,
  tax_refunded decimal(20,4) DEFAULT NULL,
  total_canceled decimal(20,4) DEFAULT NULL,
  total_invoiced decimal(20,4) DEFAULT NULL,
  total_offline_refunded decimal(20,4) DEFAULT NULL,
  total_online_refunded decimal(20,4) DEFAULT NULL,
  total_paid decimal(20,4) DEFAULT NULL,
  total_qty_ordered decimal(12,4) DEFAULT NULL,
  total_refunded decimal(20,4) DEFAULT NULL,
  can_ship_partially smallint DEFAULT NULL,
  can_ship_partially_item smallint DEFAULT NULL,
  customer_is_guest smallint DEFAULT NULL,
  customer_note_notify smallint DEFAULT NULL,
  billing_address_id int DEFAULT NULL,
  customer_group_id int DEFAULT NULL,
  edit_increment int DEFAULT NULL,
  email_sent smallint DEFAULT NULL,
  send_email smallint DEFAULT NULL,
  forced_shipment_with_invoice smallint DEFAULT NULL,
  payment_auth_expiration int DEFAULT NULL,
  quote_address_id int DEFAULT NULL,
  quote_id int DEFAULT NULL,
  shipping_address_id int DEFAULT NULL,
  adjustment_negative decimal(20,4) DEFAULT NULL,
  adjustment_positive decimal(20,4) DEFAULT NULL,
  base_adjustment_negative decimal(20,4) DEFAULT NULL,
  base_adjustment_positive decimal(20,4) DEFAULT NULL,
  base_shipping_discount_amount decimal(20,4) DEFAULT NULL,
  base_subtotal_incl_tax decimal(20,4) DEFAULT NULL,
  base_total_due decimal(20,4) DEFAULT NULL,
  payment_authorization_amount decimal(20,4) DEFAULT NULL,
  shipping_discount_amount decimal(20,4) DEFAULT NULL,
  subtotal_incl_tax decimal(20,4) DEFAULT NULL,
  total_due decimal(20,4) DEFAULT NULL,
  weight decimal(12,4) DEFAULT NULL,
  customer_dob timestamp DEFAULT NULL,
  increment_id varchar(32) DEFAULT NULL,
  applied_rule_ids varchar(128) DEFAULT NULL,
  base_currency_code varchar(3) DEFAULT NULL,
  customer_email varchar(128) DEFAULT NULL,
  customer_firstname varchar(128) DEFAULT NULL,
  customer_lastname varchar(128) DEFAULT NULL,
  customer_middlename varchar(128) DEFAULT NULL,
  customer_prefix varchar(32) DEFAULT NULL,
  customer_suffix varchar(32) DEFAULT NULL,
  customer_taxvat varchar(32) DEFAULT NULL,
  discount_description varchar(255) DEFAULT NULL,
  ext_customer_id varchar(32) DEFAULT NULL,
  ext_order_id varchar(32) DEFAULT NULL,
  global_currency_code varchar(3) DEFAULT NULL,
  hold_before_state varchar(32) DEFAULT NULL,
  hold_before_status varchar(32) DEFAULT NULL,
  order_currency_code varchar(3) DEFAULT NULL,
  original_increment_id varchar(32) DEFAULT NULL,
  relation_child_id varchar(32) DEFAULT NULL,
  relation_child_real_id varchar(32) DEFAULT NULL,
  relation_parent_id varchar(32) DEFAULT NULL,
  relation_parent_real_id varchar(32) DEFAULT NULL,
  remote_ip varchar(45) DEFAULT NULL,
  shipping_method varchar(120) DEFAULT NULL,
  store_currency_code varchar(3) DEFAULT NULL,
  store_name varchar(255) DEFAULT NULL,
  x_forwarded_for varchar(255) DEFAULT NULL,
  customer_note text,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  total_item_count smallint NOT NULL DEFAULT '0',
  customer_gender int DEFAULT NULL,
  discount_tax_compensation_amount decimal(20,4) DEFAULT NULL,
  base_discount_tax_compensation_amount decimal(20,4) DEFAULT NULL,
  shipping_discount_tax_compensation_amount decimal(20,4) DEFAULT NULL,
  base_shipping_discount_tax_compensation_amnt decimal(20,4) DEFAULT NULL,
  discount_tax_compensation_invoiced decimal(20,4) DEFAULT NULL,
  base_discount_tax_compensation_invoiced decimal(20,4) DEFAULT NULL,
  discount_tax_compensation_refunded decimal(20,4) DEFAULT NULL,
  base_discount_tax_compensation_refunded decimal(20,4) DEFAULT NULL,
  shipping_incl_tax decimal(20,4) DEFAULT NULL,
  base_shipping_incl_tax decimal(20,4) DEFAULT NULL,
  coupon_rule_name varchar(255) DEFAULT NULL,
  gift_message_id int DEFAULT NULL,
  paypal_ipn_customer_notified int DEFAULT '0',
  PRIMARY KEY (entity_id),
  CONSTRAINT SALES_ORDER_INCREMENT_ID_STORE_ID UNIQUE (increment_id,store_id),
  CONSTRAINT SALES_ORDER_CUSTOMER_ID_CUSTOMER_ENTITY_ENTITY_ID FOREIGN KEY (customer_id) REFERENCES customer_entity (entity_id) ON DELETE SET NULL,
  CONSTRAINT SALES_ORDER_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE SET NULL
);
COMMENT ON TABLE sales_order IS 'Sales Flat Order';

CREATE TABLE sales_order_grid (
  entity_id int NOT NULL,
  status varchar(32) DEFAULT NULL,
  store_id smallint DEFAULT NULL,
  store_name varchar(255) DEFAULT NULL,
  customer_id int DEFAULT NULL,
  base_grand_total decimal(20,4) DEFAULT NULL,
  base_total_paid decimal(20,4) DEFAULT NULL,
  grand_total decimal(20,4) DEFAULT NULL,
  total_paid decimal(20,4) DEFAULT NULL,
  increment_id varchar(50) DEFAULT NULL,
  base_currency_code varchar(3) DEFAULT NULL,
  order_currency_code varchar(255) DEFAULT NULL,
  shipping_name varchar(255) DEFAULT NULL,
  billing_name varchar(255) DEFAULT NULL,
  created_at timestamp NULL DEFAULT NULL,
  updated_at timestamp NULL DEFAULT NULL,
  billing_address varchar(255) DEFAULT NULL,
  shipping_address varchar(255) DEFAULT NULL,
  shipping_information varchar(255) DEFAULT NULL,
  customer_email varchar(255) DEFAULT NULL,
  customer_group varchar(255) DEFAULT NULL,
  subtotal decimal(20,4) DEFAULT NULL,
  shipping_and_handling decimal(20,4) DEFAULT NULL,
  customer_name varchar(255) DEFAULT NULL,
  payment_method varchar(255) DEFAULT NULL,
  total_refunded decimal(20,4) DEFAULT NULL,
  pickup_location_code varchar(255) DEFAULT NULL,
  PRIMARY KEY (entity_id),
  CONSTRAINT SALES_ORDER_GRID_INCREMENT_ID_STORE_ID UNIQUE (increment_id,store_id)
);
COMMENT ON TABLE sales_order_grid IS 'Sales Flat Order Grid';

CREATE TABLE sales_order_address (
  entity_id int NOT NULL,
  parent_id int DEFAULT NULL,
  customer_address_id int DEFAULT NULL,
  quote_address_id int DEFAULT NULL,
  region_id int DEFAULT NULL,
  customer_id int DEFAULT NULL,
  fax varchar(255) DEFAULT NULL,
  region varchar(255) DEFAULT NULL,
  postcode varchar(255) DEFAULT NULL,
  lastname varchar(255) DEFAULT NULL,
  street varchar(255) DEFAULT NULL,
  city varchar(255) DEFAULT NULL,
  email varchar(255) DEFAULT NULL,
  telephone varchar(255) DEFAULT NULL,
  country_id varchar(2) DEFAULT NULL,
  firstname varchar(255) DEFAULT NULL,
  address_type varchar(255) DEFAULT NULL,
  prefix varchar(255) DEFAULT NULL,
  middlename varchar(255) DEFAULT NULL,
  suffix varchar(255) DEFAULT NULL,
  company varchar(255) DEFAULT NULL,
  vat_id text,
  vat_is_valid smallint DEFAULT NULL,
  vat_request_id text,
  vat_request_date text,
  vat_request_success smallint DEFAULT NULL,
  PRIMARY KEY (entity_id),
  CONSTRAINT SALES_ORDER_ADDRESS_PARENT_ID_SALES_ORDER_ENTITY_ID FOREIGN KEY (parent_id) REFERENCES sales_order (entity_id) ON DELETE CASCADE
);
COMMENT ON TABLE sales_order_address IS 'Sales Flat Order Address';

CREATE TABLE sales_order_status_history (
  entity_id int NOT NULL,
  parent_id int NOT NULL,
  is_customer_notified int DEFAULT NULL,
  is_visible_on_front smallint NOT NULL DEFAULT '0',
  comment text,
  status varchar(32) DEFAULT NULL,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  entity_name varchar(32) DEFAULT NULL,
  PRIMARY KEY (entity_id),
  CONSTRAINT SALES_ORDER_STATUS_HISTORY_PARENT_ID_SALES_ORDER_ENTITY_ID FOREIGN KEY (parent_id) REFERENCES sales_order (entity_id) ON DELETE CASCADE
);
COMMENT ON TABLE sales_order_status_history IS 'Sales Flat Order Status History';

CREATE TABLE sales_order_item (
  item_id int NOT NULL,
  order_id int NOT NULL DEFAULT '0',
  parent_item_id int DEFAULT NULL,
  quote_item_id int DEFAULT NULL,
  store_id smallint DEFAULT NULL,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  product_id int DEFAULT NULL,
  product_type varchar(255) DEFAULT NULL,
  product_options text,
  weight decimal(12,4) DEFAULT '0.0000',
  is_virtual smallint DEFAULT NULL,
  sku varchar(255) DEFAULT NULL,
  name varchar(255) DEFAULT NULL,
  description text,
  applied_rule_ids text,
  additional_data text,
  is_qty_decimal smallint DEFAULT NULL,
  no_discount smallint NOT NULL DEFAULT '0',
  qty_backordered decimal(12,4) DEFAULT '0.0000',
  qty_canceled decimal(12,4) DEFAULT '0.0000',
  qty_invoiced decimal(12,4) DEFAULT '0.0000',
  qty_ordered decimal(12,4) DEFAULT '0.0000',
  qty_refunded decimal(12,4) DEFAULT '0.0000',
  qty_shipped decimal(12,4) DEFAULT '0.0000',
  base_cost decimal(12,4) DEFAULT '0.0000',
  price decimal(12,4) NOT NULL DEFAULT '0.0000',
  base_price decimal(12,4) NOT NULL DEFAULT '0.0000',
  original_price decimal(12,4) DEFAULT NULL,
  base_original_price decimal(12,4) DEFAULT NULL,
  tax_percent decimal(12,4) DEFAULT '0.0000',
  tax_amount decimal(20,4) DEFAULT '0.0000',
  base_tax_amount decimal(20,4) DEFAULT '0.0000',
  tax_invoiced decimal(20,4) DEFAULT '0.0000',
  base_tax_invoiced decimal(20,4) DEFAULT '0.0000',
  discount_percent decimal(12,4) DEFAULT '0.0000',
  discount_amount decimal(20,4) DEFAULT '0.0000',
  base_discount_amount decimal(20,4) DEFAULT '0.0000',
  discount_invoiced decimal(20,4) DEFAULT '0.0000',
  base_discount_invoiced decimal(20,4) DEFAULT '0.0000',
  amount_refunded decimal(20,4) DEFAULT '0.0000',
  base_amount_refunded decimal(20,4) DEFAULT '0.0000',
  row_total decimal(20,4) NOT NULL DEFAULT '0.0000',
  base_row_total decimal(20,4) NOT NULL DEFAULT '0.0000',
  row_invoiced decimal(20,4) NOT NULL DEFAULT '0.0000',
  base_row_invoiced decimal(20,4) NOT NULL DEFAULT '0.0000',
  row_weight decimal(12,4) DEFAULT '0.0000',
  base_tax_before_discount decimal(20,4) DEFAULT NULL,
  tax_before_discount decimal(20,4) DEFAULT NULL,
  ext_order_item_id varchar(255) DEFAULT NULL,
  locked_do_invoice smallint DEFAULT NULL,
  locked_do_ship smallint DEFAULT NULL,
  price_incl_tax decimal(20,4) DEFAULT NULL,
  base_price_incl_tax decimal(20,4) DEFAULT NULL,
  row_total_incl_tax decimal(20,4) DEFAULT NULL,
  base_row_total_incl_tax decimal(20,4) DEFAULT NULL,
  discount_tax_compensation_amount decimal(20,4) DEFAULT NULL,
  base_discount_tax_compensation_amount decimal(20,4) DEFAULT NULL,
  discount_tax_compensation_invoiced decimal(20,4) DEFAULT NULL,
  base_discount_tax_compensation_invoiced decimal(20,4) DEFAULT NULL,
  discount_tax_compensation_refunded decimal(20,4) DEFAULT NULL,
  base_discount_tax_compensation_refunded decimal(20,4) DEFAULT NULL,
  tax_canceled decimal(12,4) DEFAULT NULL,
  discount_tax_compensation_canceled decimal(20,4) DEFAULT NULL,
  tax_refunded decimal(20,4) DEFAULT NULL,
  base_tax_refunded decimal(20,4) DEFAULT NULL,
  discount_refunded decimal(20,4) DEFAULT NULL,
  base_discount_refunded decimal(20,4) DEFAULT NULL,
  free_shipping smallint NOT NULL DEFAULT '0',
  gift_message_id int DEFAULT NULL,
  gift_message_available int DEFAULT NULL,
  weee_tax_applied text,
  weee_tax_applied_amount decimal(12,4) DEFAULT NULL,
  weee_tax_applied_row_amount decimal(12,4) DEFAULT NULL,
  weee_tax_disposition decimal(12,4) DEFAULT NULL,
  weee_tax_row_disposition decimal(12,4) DEFAULT NULL,
  base_weee_tax_applied_amount decimal(12,4) DEFAULT NULL,
  base_weee_tax_applied_row_amnt decimal(12,4) DEFAULT NULL,
  base_weee_tax_disposition decimal(12,4) DEFAULT NULL,
  base_weee_tax_row_disposition decimal(12,4) DEFAULT NULL,
  PRIMARY KEY (item_id),
  CONSTRAINT SALES_ORDER_ITEM_ORDER_ID_SALES_ORDER_ENTITY_ID FOREIGN KEY (order_id) REFERENCES sales_order (entity_id) ON DELETE CASCADE,
  CONSTRAINT SALES_ORDER_ITEM_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE SET NULL
);
COMMENT ON TABLE sales_order_item IS 'Sales Flat Order Item';

CREATE TABLE sales_order_payment (
  entity_id int NOT NULL,
  parent_id int NOT NULL,
  base_shipping_captured decimal(20,4) DEFAULT NULL,
  shipping_captured decimal(20,4) DEFAULT NULL,
  amount_refunded decimal(20,4) DEFAULT NULL,
  base_amount_paid decimal(20,4) DEFAULT NULL,
  amount_canceled decimal(20,4) DEFAULT NULL,
  base_amount_authorized decimal(20,4) DEFAULT NULL,
  base_amount_paid_online decimal(20,4) DEFAULT NULL,
  base_amount_refunded_online decimal(20,4) DEFAULT NULL,
  base_shipping_amount decimal(20,4) DEFAULT NULL,
  shipping_amount decimal(20,4) DEFAULT NULL,
  amount_paid decimal(20,4) DEFAULT NULL,
  amount_authorized decimal(20,4) DEFAULT NULL,
  base_amount_ordered decimal(20,4) DEFAULT NULL,
  base_shipping_refunded decimal(20,4) DEFAULT NULL,
  shipping_refunded decimal(20,4) DEFAULT NULL,
  base_amount_refunded decimal(20,4) DEFAULT NULL,
  amount_ordered decimal(20,4) DEFAULT NULL,
  base_amount_canceled decimal(20,4) DEFAULT NULL,
  quote_payment_id int DEFAULT NULL,
  additional_data text,
  cc_exp_month varchar(12) DEFAULT NULL,
  cc_ss_start_year varchar(12) DEFAULT NULL,
  echeck_bank_name varchar(128) DEFAULT NULL,
  method varchar(128) DEFAULT NULL,
  cc_debug_request_body varchar(32) DEFAULT NULL,
  cc_secure_verify varchar(32) DEFAULT NULL,
  protection_eligibility varchar(32) DEFAULT NULL,
  cc_approval varchar(32) DEFAULT NULL,
  cc_last_4 varchar(100) DEFAULT NULL,
  cc_status_description varchar(32) DEFAULT NULL,
  echeck_type varchar(32) DEFAULT NULL,
  cc_debug_response_serialized varchar(32) DEFAULT NULL,
  cc_ss_start_month varchar(128) DEFAULT NULL,
  echeck_account_type varchar(255) DEFAULT NULL,
  last_trans_id varchar(255) DEFAULT NULL,
  cc_cid_status varchar(32) DEFAULT NULL,
  cc_owner varchar(128) DEFAULT NULL,
  cc_type varchar(32) DEFAULT NULL,
  po_number varchar(32) DEFAULT NULL,
  cc_exp_year varchar(4) DEFAULT NULL,
  cc_status varchar(4) DEFAULT NULL,
  echeck_routing_number varchar(32) DEFAULT NULL,
  account_status varchar(32) DEFAULT NULL,
  anet_trans_method varchar(32) DEFAULT NULL,
  cc_debug_response_body varchar(32) DEFAULT NULL,
  cc_ss_issue varchar(32) DEFAULT NULL,
  echeck_account_name varchar(32) DEFAULT NULL,
  cc_avs_status varchar(32) DEFAULT NULL,
  cc_number_enc varchar(128) DEFAULT NULL,
  cc_trans_id varchar(32) DEFAULT NULL,
  address_status varchar(32) DEFAULT NULL,
  additional_information text,
  PRIMARY KEY (entity_id),
  CONSTRAINT SALES_ORDER_PAYMENT_PARENT_ID_SALES_ORDER_ENTITY_ID FOREIGN KEY (parent_id) REFERENCES sales_order (entity_id) ON DELETE CASCADE
);
COMMENT ON TABLE sales_order_payment IS 'Sales Flat Order Payment';

CREATE TABLE sales_order_status (
  status varchar(32) NOT NULL,
  label varchar(128) NOT NULL,
  PRIMARY KEY (status)
);
COMMENT ON TABLE sales_order_status IS 'Sales Order Status Table';

CREATE TABLE sales_order_status_state (
  status varchar(32) NOT NULL,
  state varchar(32) NOT NULL,
  is_default smallint NOT NULL DEFAULT '0',
  visible_on_front smallint NOT NULL DEFAULT '0',
  PRIMARY KEY (status,state),
  CONSTRAINT SALES_ORDER_STATUS_STATE_STATUS_SALES_ORDER_STATUS_STATUS FOREIGN KEY (status) REFERENCES sales_order_status (status) ON DELETE CASCADE
);
COMMENT ON TABLE sales_order_status_state IS 'Sales Order Status Table';

CREATE TABLE sales_order_status_label (
  status varchar(32) NOT NULL,
  store_id smallint NOT NULL,
  label varchar(128) NOT NULL,
  PRIMARY KEY (status,store_id),
  CONSTRAINT SALES_ORDER_STATUS_LABEL_STATUS_SALES_ORDER_STATUS_STATUS FOREIGN KEY (status) REFERENCES sales_order_status (status) ON DELETE CASCADE,
  CONSTRAINT SALES_ORDER_STATUS_LABEL_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE CASCADE
);
COMMENT ON TABLE sales_order_status_label IS 'Sales Order Status Label Table';

CREATE TABLE sales_order_tax (
  tax_id int NOT NULL,
  order_id int NOT NULL,
  code varchar(255) DEFAULT NULL,
  title varchar(255) DEFAULT NULL,
  percent decimal(12,4) DEFAULT NULL,
  amount decimal(20,4) DEFAULT NULL,
  priority int NOT NULL,
  position int NOT NULL,
  base_amount decimal(20,4) DEFAULT NULL,
  process smallint NOT NULL,
  base_real_amount decimal(20,4) DEFAULT NULL,
  PRIMARY KEY (tax_id)
);
COMMENT ON TABLE sales_order_tax IS 'Sales Order Tax Table';

CREATE TABLE sales_order_tax_item (
  tax_item_id int NOT NULL,
  tax_id int NOT NULL,
  item_id int DEFAULT NULL,
  tax_percent decimal(12,4) NOT NULL,
  amount decimal(20,4) NOT NULL,
  base_amount decimal(20,4) NOT NULL,
  real_amount decimal(20,4) NOT NULL,
  real_base_amount decimal(20,4) NOT NULL,
  associated_item_id int DEFAULT NULL,
  taxable_item_type varchar(32) NOT NULL,
  PRIMARY KEY (tax_item_id),
  CONSTRAINT SALES_ORDER_TAX_ITEM_TAX_ID_ITEM_ID UNIQUE (tax_id,item_id),
  CONSTRAINT SALES_ORDER_TAX_ITEM_TAX_ID_SALES_ORDER_TAX_TAX_ID FOREIGN KEY (tax_id) REFERENCES sales_order_tax (tax_id) ON DELETE CASCADE,
  CONSTRAINT SALES_ORDER_TAX_ITEM_ITEM_ID_SALES_ORDER_ITEM_ITEM_ID FOREIGN KEY (item_id) REFERENCES sales_order_item (item_id) ON DELETE CASCADE,
  CONSTRAINT SALES_ORDER_TAX_ITEM_ASSOCIATED_ITEM_ID_SALES_ORDER_ITEM_ITEM_ID FOREIGN KEY (associated_item_id) REFERENCES sales_order_item (item_id) ON DELETE CASCADE
);
COMMENT ON TABLE sales_order_tax_item IS 'Sales Order Tax Item';

CREATE TABLE sales_order_aggregated_created (
  id int NOT NULL,
  period date DEFAULT NULL,
  store_id smallint DEFAULT NULL,
  order_status varchar(50) DEFAULT NULL,
  orders_count int NOT NULL DEFAULT '0',
  total_qty_ordered decimal(12,4) NOT NULL DEFAULT '0.0000',
  total_qty_invoiced decimal(12,4) NOT NULL DEFAULT '0.0000',
  total_income_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_revenue_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_profit_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_invoiced_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_canceled_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_paid_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_refunded_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_tax_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_tax_amount_actual decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_shipping_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_shipping_amount_actual decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_discount_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_discount_amount_actual decimal(20,4) NOT NULL DEFAULT '0.0000',
  PRIMARY KEY (id),
  CONSTRAINT SALES_ORDER_AGGREGATED_CREATED_PERIOD_STORE_ID_ORDER_STATUS UNIQUE (period,store_id,order_status),
  CONSTRAINT SALES_ORDER_AGGREGATED_CREATED_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE SET NULL
);
COMMENT ON TABLE sales_order_aggregated_created IS 'Sales Order Aggregated Created';

CREATE TABLE sales_order_aggregated_updated (
  id int NOT NULL,
  period date DEFAULT NULL,
  store_id smallint DEFAULT NULL,
  order_status varchar(50) NOT NULL,
  orders_count int NOT NULL DEFAULT '0',
  total_qty_ordered decimal(12,4) NOT NULL DEFAULT '0.0000',
  total_qty_invoiced decimal(12,4) NOT NULL DEFAULT '0.0000',
  total_income_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_revenue_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_profit_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_invoiced_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_canceled_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_paid_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_refunded_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_tax_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_tax_amount_actual decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_shipping_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_shipping_amount_actual decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_discount_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_discount_amount_actual decimal(20,4) NOT NULL DEFAULT '0.0000',
  PRIMARY KEY (id),
  CONSTRAINT SALES_ORDER_AGGREGATED_UPDATED_PERIOD_STORE_ID_ORDER_STATUS UNIQUE (period,store_id,order_status),
  CONSTRAINT SALES_ORDER_AGGREGATED_UPDATED_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE SET NULL
);
COMMENT ON TABLE sales_order_aggregated_updated IS 'Sales Order Aggregated Updated';

CREATE TABLE sales_invoice (
  entity_id int NOT NULL,
  store_id smallint DEFAULT NULL,
  base_grand_total decimal(20,4) DEFAULT NULL,
  shipping_tax_amount decimal(20,4) DEFAULT NULL,
  tax_amount decimal(20,4) DEFAULT NULL,
  base_tax_amount decimal(20,4) DEFAULT NULL,
  store_to_order_rate decimal(20,4) DEFAULT NULL,
  base_shipping_tax_amount decimal(20,4) DEFAULT NULL,
  base_discount_amount decimal(20,4) DEFAULT NULL,
  base_to_order_rate decimal(20,4) DEFAULT NULL,
  grand_total decimal(20,4) DEFAULT NULL,
  shipping_amount decimal(20,4) DEFAULT NULL,
  subtotal_incl_tax decimal(20,4) DEFAULT NULL,
  base_subtotal_incl_tax decimal(20,4) DEFAULT NULL,
  store_to_base_rate decimal(20,4) DEFAULT NULL,
  base_shipping_amount decimal(20,4) DEFAULT NULL,
  total_qty decimal(12,4) DEFAULT NULL,
  base_to_global_rate decimal(20,4) DEFAULT NULL,
  subtotal decimal(20,4) DEFAULT NULL,
  base_subtotal decimal(20,4) DEFAULT NULL,
  discount_amount decimal(20,4) DEFAULT NULL,
  billing_address_id int DEFAULT NULL,
  is_used_for_refund smallint DEFAULT NULL,
  order_id int NOT NULL,
  email_sent smallint DEFAULT NULL,
  send_email smallint DEFAULT NULL,
  can_void_flag smallint DEFAULT NULL,
  state int DEFAULT NULL,
  shipping_address_id int DEFAULT NULL,
  store_currency_code varchar(3) DEFAULT NULL,
  transaction_id varchar(255) DEFAULT NULL,
  order_currency_code varchar(3) DEFAULT NULL,
  base_currency_code varchar(3) DEFAULT NULL,
  global_currency_code varchar(3) DEFAULT NULL,
  increment_id varchar(50) DEFAULT NULL,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  discount_tax_compensation_amount decimal(20,4) DEFAULT NULL,
  base_discount_tax_compensation_amount decimal(20,4) DEFAULT NULL,
  shipping_discount_tax_compensation_amount decimal(20,4) DEFAULT NULL,
  base_shipping_discount_tax_compensation_amnt decimal(20,4) DEFAULT NULL,
  shipping_incl_tax decimal(20,4) DEFAULT NULL,
  base_shipping_incl_tax decimal(20,4) DEFAULT NULL,
  base_total_refunded decimal(20,4) DEFAULT NULL,
  discount_description varchar(255) DEFAULT NULL,
  customer_note text,
  customer_note_notify smallint DEFAULT NULL,
  PRIMARY KEY (entity_id),
  CONSTRAINT SALES_INVOICE_INCREMENT_ID_STORE_ID UNIQUE (increment_id,store_id),
  CONSTRAINT SALES_INVOICE_ORDER_ID_SALES_ORDER_ENTITY_ID FOREIGN KEY (order_id) REFERENCES sales_order (entity_id) ON DELETE CASCADE,
  CONSTRAINT SALES_INVOICE_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE SET NULL
);
COMMENT ON TABLE sales_invoice IS 'Sales Flat Invoice';

CREATE TABLE sales_invoice_grid (
  entity_id int NOT NULL,
  increment_id varchar(50) DEFAULT NULL,
  state int DEFAULT NULL,
  store_id smallint DEFAULT NULL,
  store_name varchar(255) DEFAULT NULL,
  order_id int NOT NULL,
  order_increment_id varchar(50) DEFAULT NULL,
  order_created_at timestamp NULL DEFAULT NULL,
  customer_name varchar(255) DEFAULT NULL,
  customer_email varchar(255) DEFAULT NULL,
  customer_group_id int DEFAULT NULL,
  payment_method varchar(128) DEFAULT NULL,
  store_currency_code varchar(3) DEFAULT NULL,
  order_currency_code varchar(3) DEFAULT NULL,
  base_currency_code varchar(3) DEFAULT NULL,
  global_currency_code varchar(3) DEFAULT NULL,
  billing_name varchar(255) DEFAULT NULL,
  billing_address varchar(255) DEFAULT NULL,
  shipping_address varchar(255) DEFAULT NULL,
  shipping_information varchar(255) DEFAULT NULL,
  subtotal decimal(20,4) DEFAULT NULL,
  shipping_and_handling decimal(20,4) DEFAULT NULL,
  grand_total decimal(20,4) DEFAULT NULL,
  base_grand_total decimal(20,4) DEFAULT NULL,
  created_at timestamp NULL DEFAULT NULL,
  updated_at timestamp NULL DEFAULT NULL,
  PRIMARY KEY (entity_id),
  CONSTRAINT SALES_INVOICE_GRID_INCREMENT_ID_STORE_ID UNIQUE (increment_id,store_id)
);
COMMENT ON TABLE sales_invoice_grid IS 'Sales Flat Invoice Grid';

CREATE TABLE sales_invoice_item (
  entity_id int NOT NULL,
  parent_id int NOT NULL,
  base_price decimal(12,4) DEFAULT NULL,
  tax_amount decimal(12,4) DEFAULT NULL,
  base_row_total decimal(20,4) DEFAULT NULL,
  discount_amount decimal(12,4) DEFAULT NULL,
  row_total decimal(20,4) DEFAULT NULL,
  base_discount_amount decimal(12,4) DEFAULT NULL,
  price_incl_tax decimal(12,4) DEFAULT NULL,
  base_tax_amount decimal(12,4) DEFAULT NULL,
  base_price_incl_tax decimal(12,4) DEFAULT NULL,
  qty decimal(12,4) DEFAULT NULL,
  base_cost decimal(12,4) DEFAULT NULL,
  price decimal(12,4) DEFAULT NULL,
  base_row_total_incl_tax decimal(12,4) DEFAULT NULL,
  row_total_incl_tax decimal(12,4) DEFAULT NULL,
  product_id int DEFAULT NULL,
  order_item_id int DEFAULT NULL,
  additional_data text,
  description text,
  sku varchar(255) DEFAULT NULL,
  name varchar(255) DEFAULT NULL,
  discount_tax_compensation_amount decimal(12,4) DEFAULT NULL,
  base_discount_tax_compensation_amount decimal(12,4) DEFAULT NULL,
  tax_ratio text,
  PRIMARY KEY (entity_id),
  CONSTRAINT SALES_INVOICE_ITEM_PARENT_ID_SALES_INVOICE_ENTITY_ID FOREIGN KEY (parent_id) REFERENCES sales_invoice (entity_id) ON DELETE CASCADE
);
COMMENT ON TABLE sales_invoice_item IS 'Sales Flat Invoice Item';

CREATE TABLE sales_invoice_comment (
  entity_id int NOT NULL,
  parent_id int NOT NULL,
  is_customer_notified smallint DEFAULT NULL,
  is_visible_on_front smallint NOT NULL DEFAULT '0',
  comment text,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (entity_id),
  CONSTRAINT SALES_INVOICE_COMMENT_PARENT_ID_SALES_INVOICE_ENTITY_ID FOREIGN KEY (parent_id) REFERENCES sales_invoice (entity_id) ON DELETE CASCADE
);
COMMENT ON TABLE sales_invoice_comment IS 'Sales Flat Invoice Comment';

CREATE TABLE sales_invoiced_aggregated (
  id int NOT NULL,
  period date DEFAULT NULL,
  store_id smallint DEFAULT NULL,
  order_status varchar(50) DEFAULT NULL,
  orders_count int NOT NULL DEFAULT '0',
  orders_invoiced decimal(12,4) DEFAULT NULL,
  invoiced decimal(12,4) DEFAULT NULL,
  invoiced_captured decimal(12,4) DEFAULT NULL,
  invoiced_not_captured decimal(12,4) DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT SALES_INVOICED_AGGREGATED_PERIOD_STORE_ID_ORDER_STATUS UNIQUE (period,store_id,order_status),
  CONSTRAINT SALES_INVOICED_AGGREGATED_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE SET NULL
);
COMMENT ON TABLE sales_invoiced_aggregated IS 'Sales Invoiced Aggregated';

CREATE TABLE sales_invoiced_aggregated_order (
  id int NOT NULL,
  period date DEFAULT NULL,
  store_id smallint DEFAULT NULL,
  order_status varchar(50) NOT NULL,
  orders_count int NOT NULL DEFAULT '0',
  orders_invoiced decimal(12,4) DEFAULT NULL,
  invoiced decimal(12,4) DEFAULT NULL,
  invoiced_captured decimal(12,4) DEFAULT NULL,
  invoiced_not_captured decimal(12,4) DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT SALES_INVOICED_AGGREGATED_ORDER_PERIOD_STORE_ID_ORDER_STATUS UNIQUE (period,store_id,order_status),
  CONSTRAINT SALES_INVOICED_AGGREGATED_ORDER_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE SET NULL
);
COMMENT ON TABLE sales_invoiced_aggregated_order IS 'Sales Invoiced Aggregated Order';

CREATE TABLE sales_creditmemo (
  entity_id int NOT NULL,
  store_id smallint DEFAULT NULL,
  adjustment_positive decimal(20,4) DEFAULT NULL,
  base_shipping_tax_amount decimal(20,4) DEFAULT NULL,
  store_to_order_rate decimal(20,4) DEFAULT NULL,
  base_discount_amount decimal(20,4) DEFAULT NULL,
  base_to_order_rate decimal(20,4) DEFAULT NULL,
  grand_total decimal(20,4) DEFAULT NULL,
  base_adjustment_negative decimal(20,4) DEFAULT NULL,
  base_subtotal_incl_tax decimal(20,4) DEFAULT NULL,
  shipping_amount decimal(20,4) DEFAULT NULL,
  subtotal_incl_tax decimal(20,4) DEFAULT NULL,
  adjustment_negative decimal(20,4) DEFAULT NULL,
  base_shipping_amount decimal(20,4) DEFAULT NULL,
  store_to_base_rate decimal(20,4) DEFAULT NULL,
  base_to_global_rate decimal(20,4) DEFAULT NULL,
  base_adjustment decimal(20,4) DEFAULT NULL,
  base_subtotal decimal(20,4) DEFAULT NULL,
  discount_amount decimal(20,4) DEFAULT NULL,
  subtotal decimal(20,4) DEFAULT NULL,
  adjustment decimal(20,4) DEFAULT NULL,
  base_grand_total decimal(20,4) DEFAULT NULL,
  base_adjustment_positive decimal(20,4) DEFAULT NULL,
  base_tax_amount decimal(20,4) DEFAULT NULL,
  shipping_tax_amount decimal(20,4) DEFAULT NULL,
  tax_amount decimal(20,4) DEFAULT NULL,
  order_id int NOT NULL,
  email_sent smallint DEFAULT NULL,
  send_email smallint DEFAULT NULL,
  creditmemo_status int DEFAULT NULL,
  state int DEFAULT NULL,
  shipping_address_id int DEFAULT NULL,
  billing_address_id int DEFAULT NULL,
  invoice_id int DEFAULT NULL,
  store_currency_code varchar(3) DEFAULT NULL,
  order_currency_code varchar(3) DEFAULT NULL,
  base_currency_code varchar(3) DEFAULT NULL,
  global_currency_code varchar(3) DEFAULT NULL,
  transaction_id varchar(255) DEFAULT NULL,
  increment_id varchar(50) DEFAULT NULL,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  discount_tax_compensation_amount decimal(20,4) DEFAULT NULL,
  base_discount_tax_compensation_amount decimal(20,4) DEFAULT NULL,
  shipping_discount_tax_compensation_amount decimal(20,4) DEFAULT NULL,
  base_shipping_discount_tax_compensation_amnt decimal(20,4) DEFAULT NULL,
  shipping_incl_tax decimal(20,4) DEFAULT NULL,
  base_shipping_incl_tax decimal(20,4) DEFAULT NULL,
  discount_description varchar(255) DEFAULT NULL,
  customer_note text,
  customer_note_notify smallint DEFAULT NULL,
  PRIMARY KEY (entity_id),
  CONSTRAINT SALES_CREDITMEMO_INCREMENT_ID_STORE_ID UNIQUE (increment_id,store_id),
  CONSTRAINT SALES_CREDITMEMO_ORDER_ID_SALES_ORDER_ENTITY_ID FOREIGN KEY (order_id) REFERENCES sales_order (entity_id) ON DELETE CASCADE,
  CONSTRAINT SALES_CREDITMEMO_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE SET NULL
);
COMMENT ON TABLE sales_creditmemo IS 'Sales Flat Creditmemo';

CREATE TABLE sales_creditmemo_grid (
  entity_id int NOT NULL,
  increment_id varchar(50) DEFAULT NULL,
  created_at timestamp NULL DEFAULT NULL,
  updated_at timestamp NULL DEFAULT NULL,
  order_id int NOT NULL,
  order_increment_id varchar(50) DEFAULT NULL,
  order_created_at timestamp NULL DEFAULT NULL,
  billing_name varchar(255) DEFAULT NULL,
  state int DEFAULT NULL,
  base_grand_total decimal(20,4) DEFAULT NULL,
  order_status varchar(32) DEFAULT NULL,
  store_id smallint DEFAULT NULL,
  billing_address varchar(255) DEFAULT NULL,
  shipping_address varchar(255) DEFAULT NULL,
  customer_name varchar(128) NOT NULL,
  customer_email varchar(128) DEFAULT NULL,
  customer_group_id smallint DEFAULT NULL,
  payment_method varchar(32) DEFAULT NULL,
  shipping_information varchar(255) DEFAULT NULL,
  subtotal decimal(20,4) DEFAULT NULL,
  shipping_and_handling decimal(20,4) DEFAULT NULL,
  adjustment_positive decimal(20,4) DEFAULT NULL,
  adjustment_negative decimal(20,4) DEFAULT NULL,
  order_base_grand_total decimal(20,4) DEFAULT NULL,
  PRIMARY KEY (entity_id),
  CONSTRAINT SALES_CREDITMEMO_GRID_INCREMENT_ID_STORE_ID UNIQUE (increment_id,store_id)
);
COMMENT ON TABLE sales_creditmemo_grid IS 'Sales Flat Creditmemo Grid';

CREATE TABLE sales_creditmemo_item (
  entity_id int NOT NULL,
  parent_id int NOT NULL,
  base_price decimal(12,4) DEFAULT NULL,
  tax_amount decimal(12,4) DEFAULT NULL,
  base_row_total decimal(20,4) DEFAULT NULL,
  discount_amount decimal(12,4) DEFAULT NULL,
  row_total decimal(20,4) DEFAULT NULL,
  base_discount_amount decimal(12,4) DEFAULT NULL,
  price_incl_tax decimal(12,4) DEFAULT NULL,
  base_tax_amount decimal(12,4) DEFAULT NULL,
  base_price_incl_tax decimal(12,4) DEFAULT NULL,
  qty decimal(12,4) DEFAULT NULL,
  base_cost decimal(12,4) DEFAULT NULL,
  price decimal(12,4) DEFAULT NULL,
  base_row_total_incl_tax decimal(12,4) DEFAULT NULL,
  row_total_incl_tax decimal(12,4) DEFAULT NULL,
  product_id int DEFAULT NULL,
  order_item_id int DEFAULT NULL,
  additional_data text,
  description text,
  sku varchar(255) DEFAULT NULL,
  name varchar(255) DEFAULT NULL,
  discount_tax_compensation_amount decimal(12,4) DEFAULT NULL,
  base_discount_tax_compensation_amount decimal(12,4) DEFAULT NULL,
  tax_ratio text,
  PRIMARY KEY (entity_id),
  CONSTRAINT SALES_CREDITMEMO_ITEM_PARENT_ID_SALES_CREDITMEMO_ENTITY_ID FOREIGN KEY (parent_id) REFERENCES sales_creditmemo (entity_id) ON DELETE CASCADE
);
COMMENT ON TABLE sales_creditmemo_item IS 'Sales Flat Creditmemo Item';

CREATE TABLE sales_creditmemo_comment (
  entity_id int NOT NULL,
  parent_id int NOT NULL,
  is_customer_notified int DEFAULT NULL,
  is_visible_on_front smallint NOT NULL DEFAULT '0',
  comment text,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (entity_id),
  CONSTRAINT SALES_CREDITMEMO_COMMENT_PARENT_ID_SALES_CREDITMEMO_ENTITY_ID FOREIGN KEY (parent_id) REFERENCES sales_creditmemo (entity_id) ON DELETE CASCADE
);
COMMENT ON TABLE sales_creditmemo_comment IS 'Sales Flat Creditmemo Comment';

CREATE TABLE sales_refunded_aggregated (
  id int NOT NULL,
  period date DEFAULT NULL,
  store_id smallint DEFAULT NULL,
  order_status varchar(50) NOT NULL DEFAULT '',
  orders_count int NOT NULL DEFAULT '0',
  refunded decimal(20,4) DEFAULT NULL,
  online_refunded decimal(20,4) DEFAULT NULL,
  offline_refunded decimal(20,4) DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT SALES_REFUNDED_AGGREGATED_PERIOD_STORE_ID_ORDER_STATUS UNIQUE (period,store_id,order_status),
  CONSTRAINT SALES_REFUNDED_AGGREGATED_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE SET NULL
);
COMMENT ON TABLE sales_refunded_aggregated IS 'Sales Refunded Aggregated';

CREATE TABLE sales_refunded_aggregated_order (
  id int NOT NULL,
  period date DEFAULT NULL,
  store_id smallint DEFAULT NULL,
  order_status varchar(50) DEFAULT NULL,
  orders_count int NOT NULL DEFAULT '0',
  refunded decimal(20,4) DEFAULT NULL,
  online_refunded decimal(20,4) DEFAULT NULL,
  offline_refunded decimal(20,4) DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT SALES_REFUNDED_AGGREGATED_ORDER_PERIOD_STORE_ID_ORDER_STATUS UNIQUE (period,store_id,order_status),
  CONSTRAINT SALES_REFUNDED_AGGREGATED_ORDER_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE SET NULL
);
COMMENT ON TABLE sales_refunded_aggregated_order IS 'Sales Refunded Aggregated Order';

CREATE TABLE sales_shipment (
  entity_id int NOT NULL,
  store_id smallint DEFAULT NULL,
  total_weight decimal(12,4) DEFAULT NULL,
  total_qty decimal(12,4) DEFAULT NULL,
  email_sent smallint DEFAULT NULL,
  send_email smallint DEFAULT NULL,
  order_id int NOT NULL,
  customer_id int DEFAULT NULL,
  shipping_address_id int DEFAULT NULL,
  billing_address_id int DEFAULT NULL,
  shipment_status int DEFAULT NULL,
  increment_id varchar(50) DEFAULT NULL,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  packages text,
  shipping_label bytea,
  customer_note text,
  customer_note_notify smallint DEFAULT NULL,
  PRIMARY KEY (entity_id),
  CONSTRAINT SALES_SHIPMENT_INCREMENT_ID_STORE_ID UNIQUE (increment_id,store_id),
  CONSTRAINT SALES_SHIPMENT_ORDER_ID_SALES_ORDER_ENTITY_ID FOREIGN KEY (order_id) REFERENCES sales_order (entity_id) ON DELETE CASCADE,
  CONSTRAINT SALES_SHIPMENT_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE SET NULL
);
COMMENT ON TABLE sales_shipment IS 'Sales Flat Shipment';

CREATE TABLE sales_shipment_grid (
  entity_id int NOT NULL,
  increment_id varchar(50) DEFAULT NULL,
  store_id smallint DEFAULT NULL,
  order_increment_id varchar(32) NOT NULL,
  order_id int NOT NULL,
  order_created_at timestamp NULL DEFAULT NULL,
  customer_name varchar(128) NOT NULL,
  total_qty decimal(12,4) DEFAULT NULL,
  shipment_status int DEFAULT NULL,
  order_status varchar(32) DEFAULT NULL,
  billing_address varchar(255) DEFAULT NULL,
  shipping_address varchar(255) DEFAULT NULL,
  billing_name varchar(128) DEFAULT NULL,
  shipping_name varchar(128) DEFAULT NULL,
  customer_email varchar(128) DEFAULT NULL,
  customer_group_id int DEFAULT NULL,
  payment_method varchar(32) DEFAULT NULL,
  shipping_information varchar(255) DEFAULT NULL,
  created_at timestamp NULL DEFAULT NULL,
  updated_at timestamp NULL DEFAULT NULL,
  PRIMARY KEY (entity_id),
  CONSTRAINT SALES_SHIPMENT_GRID_INCREMENT_ID_STORE_ID UNIQUE (increment_id,store_id)
);
COMMENT ON TABLE sales_shipment_grid IS 'Sales Flat Shipment Grid';

CREATE TABLE sales_shipment_item (
  entity_id int NOT NULL,
  parent_id int NOT NULL,
  row_total decimal(20,4) DEFAULT NULL,
  price decimal(20,4) DEFAULT NULL,
  weight decimal(12,4) DEFAULT NULL,
  qty decimal(12,4) DEFAULT NULL,
  product_id int DEFAULT NULL,
  order_item_id int DEFAULT NULL,
  additional_data text,
  description text,
  name varchar(255) DEFAULT NULL,
  sku varchar(255) DEFAULT NULL,
  PRIMARY KEY (entity_id),
  CONSTRAINT SALES_SHIPMENT_ITEM_PARENT_ID_SALES_SHIPMENT_ENTITY_ID FOREIGN KEY (parent_id) REFERENCES sales_shipment (entity_id) ON DELETE CASCADE
);
COMMENT ON TABLE sales_shipment_item IS 'Sales Flat Shipment Item';

CREATE TABLE sales_shipment_track (
  entity_id int NOT NULL,
  parent_id int NOT NULL,
  weight decimal(12,4) DEFAULT NULL,
  qty decimal(12,4) DEFAULT NULL,
  order_id int NOT NULL,
  track_number text,
  description text,
  title varchar(255) DEFAULT NULL,
  carrier_code varchar(32) DEFAULT NULL,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (entity_id),
  CONSTRAINT SALES_SHIPMENT_TRACK_PARENT_ID_SALES_SHIPMENT_ENTITY_ID FOREIGN KEY (parent_id) REFERENCES sales_shipment (entity_id) ON DELETE CASCADE
);
COMMENT ON TABLE sales_shipment_track IS 'Sales Flat Shipment Track';

CREATE TABLE sales_shipment_comment (
  entity_id int NOT NULL,
  parent_id int NOT NULL,
  is_customer_notified int DEFAULT NULL,
  is_visible_on_front smallint NOT NULL DEFAULT '0',
  comment text,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (entity_id),
  CONSTRAINT SALES_SHIPMENT_COMMENT_PARENT_ID_SALES_SHIPMENT_ENTITY_ID FOREIGN KEY (parent_id) REFERENCES sales_shipment (entity_id) ON DELETE CASCADE
);
COMMENT ON TABLE sales_shipment_comment IS 'Sales Flat Shipment Comment';

CREATE TABLE sales_shipping_aggregated (
  id int NOT NULL,
  period date DEFAULT NULL,
  store_id smallint DEFAULT NULL,
  order_status varchar(50) DEFAULT NULL,
  shipping_description varchar(255) DEFAULT NULL,
  orders_count int NOT NULL DEFAULT '0',
  total_shipping decimal(20,4) DEFAULT NULL,
  total_shipping_actual decimal(20,4) DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT SALES_SHPP_AGGRED_PERIOD_STORE_ID_ORDER_STS_SHPP_DESCRIPTION UNIQUE (period,store_id,order_status,shipping_description),
  CONSTRAINT SALES_SHIPPING_AGGREGATED_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE SET NULL
);
COMMENT ON TABLE sales_shipping_aggregated IS 'Sales Shipping Aggregated';

CREATE TABLE sales_shipping_aggregated_order (
  id int NOT NULL,
  period date DEFAULT NULL,
  store_id smallint DEFAULT NULL,
  order_status varchar(50) DEFAULT NULL,
  shipping_description varchar(255) DEFAULT NULL,
  orders_count int NOT NULL DEFAULT '0',
  total_shipping decimal(20,4) DEFAULT NULL,
  total_shipping_actual decimal(20,4) DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT UNQ_C05FAE47282EEA68654D0924E946761F UNIQUE (period,store_id,order_status,shipping_description),
  CONSTRAINT SALES_SHIPPING_AGGREGATED_ORDER_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE SET NULL
);
COMMENT ON TABLE sales_shipping_aggregated_order IS 'Sales Shipping Aggregated Order';

CREATE TABLE sales_payment_transaction (
  transaction_id int NOT NULL,
  parent_id int DEFAULT NULL,
  order_id int NOT NULL DEFAULT '0',
  payment_id int NOT NULL DEFAULT '0',
  txn_id varchar(100) DEFAULT NULL,
  parent_txn_id varchar(100) DEFAULT NULL,
  txn_type varchar(15) DEFAULT NULL,
  is_closed smallint NOT NULL DEFAULT '1',
  additional_information bytea,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (transaction_id),
  CONSTRAINT SALES_PAYMENT_TRANSACTION_ORDER_ID_PAYMENT_ID_TXN_ID UNIQUE (order_id,payment_id,txn_id),
  CONSTRAINT SALES_PAYMENT_TRANSACTION_ORDER_ID_SALES_ORDER_ENTITY_ID FOREIGN KEY (order_id) REFERENCES sales_order (entity_id) ON DELETE CASCADE,
  CONSTRAINT FK_B99FF1A06402D725EBDB0F3A7ECD47A2 FOREIGN KEY (parent_id) REFERENCES sales_payment_transaction (transaction_id) ON DELETE CASCADE,
  CONSTRAINT SALES_PAYMENT_TRANSACTION_PAYMENT_ID_SALES_ORDER_PAYMENT_ENTT_ID FOREIGN KEY (payment_id) REFERENCES sales_order_payment (entity_id) ON DELETE CASCADE
);
COMMENT ON TABLE sales_payment_transaction IS 'Sales Payment Transaction';

CREATE TABLE sales_bestsellers_aggregated_daily (
  id int NOT NULL,
  period date DEFAULT NULL,
  store_id smallint DEFAULT NULL,
  product_id int DEFAULT NULL,
  product_name varchar(255) DEFAULT NULL,
  product_price decimal(12,4) NOT NULL DEFAULT '0.0000',
  qty_ordered decimal(12,4) NOT NULL DEFAULT '0.0000',
  rating_pos smallint NOT NULL DEFAULT '0',
  PRIMARY KEY (id),
  CONSTRAINT SALES_BESTSELLERS_AGGREGATED_DAILY_PERIOD_STORE_ID_PRODUCT_ID UNIQUE (period,store_id,product_id),
  CONSTRAINT SALES_BESTSELLERS_AGGREGATED_DAILY_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE CASCADE
);
COMMENT ON TABLE sales_bestsellers_aggregated_daily IS 'Sales Bestsellers Aggregated Daily';

CREATE TABLE sales_bestsellers_aggregated_monthly (
  id int NOT NULL,
  period date DEFAULT NULL,
  store_id smallint DEFAULT NULL,
  product_id int DEFAULT NULL,
  product_name varchar(255) DEFAULT NULL,
  product_price decimal(12,4) NOT NULL DEFAULT '0.0000',
  qty_ordered decimal(12,4) NOT NULL DEFAULT '0.0000',
  rating_pos smallint NOT NULL DEFAULT '0',
  PRIMARY KEY (id),
  CONSTRAINT SALES_BESTSELLERS_AGGREGATED_MONTHLY_PERIOD_STORE_ID_PRODUCT_ID UNIQUE (period,store_id,product_id),
  CONSTRAINT SALES_BESTSELLERS_AGGREGATED_MONTHLY_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE CASCADE
);
COMMENT ON TABLE sales_bestsellers_aggregated_monthly IS 'Sales Bestsellers Aggregated Monthly';

CREATE TABLE sales_bestsellers_aggregated_yearly (
  id int NOT NULL,
  period date DEFAULT NULL,
  store_id smallint DEFAULT NULL,
  product_id int DEFAULT NULL,
  product_name varchar(255) DEFAULT NULL,
  product_price decimal(12,4) NOT NULL DEFAULT '0.0000',
  qty_ordered decimal(12,4) NOT NULL DEFAULT '0.0000',
  rating_pos smallint NOT NULL DEFAULT '0',
  PRIMARY KEY (id),
  CONSTRAINT SALES_BESTSELLERS_AGGREGATED_YEARLY_PERIOD_STORE_ID_PRODUCT_ID UNIQUE (period,store_id,product_id),
  CONSTRAINT SALES_BESTSELLERS_AGGREGATED_YEARLY_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE CASCADE
);
COMMENT ON TABLE sales_bestsellers_aggregated_yearly IS 'Sales Bestsellers Aggregated Yearly';

-- Magento_Quote: carts (quotes) before they become orders

CREATE TABLE quote (
  entity_id int NOT NULL,
  store_id smallint NOT NULL DEFAULT '0',
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  converted_at timestamp NULL DEFAULT NULL,
  is_active smallint DEFAULT '1',
  is_virtual smallint DEFAULT '0',
  is_multi_shipping smallint DEFAULT '0',
  items_count int DEFAULT '0',
  items_qty decimal(12,4) DEFAULT '0.0000',
  orig_order_id int DEFAULT '0',
  store_to_base_rate decimal(12,4) DEFAULT '0.0000',
  store_to_quote_rate decimal(12,4) DEFAULT '0.0000',
  base_currency_code varchar(255) DEFAULT NULL,
  store_currency_code varchar(255) DEFAULT NULL,
  quote_currency_code varchar(255) DEFAULT NULL,
  grand_total decimal(20,4) DEFAULT '0.0000',
  base_grand_total decimal(20,4) DEFAULT '0.0000',
  checkout_method varchar(255) DEFAULT NULL,
  customer_id int DEFAULT NULL,
  customer_tax_class_id int DEFAULT NULL,
  customer_group_id int DEFAULT '0',
  customer_email varchar(255) DEFAULT NULL,
  customer_prefix varchar(40) DEFAULT NULL,
  customer_firstname varchar(255) DEFAULT NULL,
  customer_middlename varchar(40) DEFAULT NULL,
  customer_lastname varchar(255) DEFAULT NULL,
  customer_suffix varchar(40) DEFAULT NULL,
  customer_dob timestamp DEFAULT NULL,
  customer_note text,
  customer_note_notify smallint DEFAULT '1',
  customer_is_guest smallint DEFAULT '0',
  remote_ip varchar(45) DEFAULT NULL,
  applied_rule_ids varchar(255) DEFAULT NULL,
  reserved_order_id varchar(64) DEFAULT NULL,
  password_hash varchar(255) DEFAULT NULL,
  coupon_code varchar(255) DEFAULT NULL,
  global_currency_code varchar(255) DEFAULT NULL,
  base_to_global_rate decimal(20,4) DEFAULT NULL,
  base_to_quote_rate decimal(20,4) DEFAULT NULL,
  customer_taxvat varchar(255) DEFAULT NULL,
  customer_gender varchar(255) DEFAULT NULL,
  subtotal decimal(20,4) DEFAULT NULL,
  base_subtotal decimal(20,4) DEFAULT NULL,
  subtotal_with_discount decimal(20,4) DEFAULT NULL,
  base_subtotal_with_discount decimal(20,4) DEFAULT NULL,
  is_changed int DEFAULT NULL,
  trigger_recollect smallint NOT NULL DEFAULT '0',
  ext_shipping_info text,
  gift_message_id int DEFAULT NULL,
  is_persistent smallint DEFAULT '0',
  PRIMARY KEY (entity_id),
  CONSTRAINT QUOTE_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE CASCADE
);
COMMENT ON TABLE quote IS 'Sales Flat Quote';

CREATE TABLE quote_address (
  address_id int NOT NULL,
  quote_id int NOT NULL DEFAULT '0',
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  customer_id int DEFAULT NULL,
  save_in_address_book smallint DEFAULT '0',
  customer_address_id int DEFAULT NULL,
  address_type varchar(10) DEFAULT NULL,
  email varchar(255) DEFAULT NULL,
  prefix varchar(40) DEFAULT NULL,
  firstname varchar(255) DEFAULT NULL,
  middlename varchar(40) DEFAULT NULL,
  lastname varchar(255) DEFAULT NULL,
  suffix varchar(40) DEFAULT NULL,
  company varchar(255) DEFAULT NULL,
  street varchar(255) DEFAULT NULL,
  city varchar(255) DEFAULT NULL,
  region varchar(255) DEFAULT NULL,
  region_id int DEFAULT NULL,
  postcode varchar(20) DEFAULT NULL,
  country_id varchar(30) DEFAULT NULL,
  telephone varchar(255) DEFAULT NULL,
  fax varchar(255) DEFAULT NULL,
  same_as_billing smallint NOT NULL DEFAULT '0',
  collect_shipping_rates smallint NOT NULL DEFAULT '0',
  shipping_method varchar(120) DEFAULT NULL,
  shipping_description varchar(255) DEFAULT NULL,
  weight decimal(12,4) NOT NULL DEFAULT '0.0000',
  subtotal decimal(20,4) NOT NULL DEFAULT '0.0000',
  base_subtotal decimal(20,4) NOT NULL DEFAULT '0.0000',
  subtotal_with_discount decimal(20,4) NOT NULL DEFAULT '0.0000',
  base_subtotal_with_discount decimal(20,4) NOT NULL DEFAULT '0.0000',
  tax_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  base_tax_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  shipping_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  base_shipping_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  shipping_tax_amount decimal(20,4) DEFAULT NULL,
  base_shipping_tax_amount decimal(20,4) DEFAULT NULL,
  discount_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  base_discount_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  grand_total decimal(20,4) NOT NULL DEFAULT '0.0000',
  base_grand_total decimal(20,4) NOT NULL DEFAULT '0.0000',
  customer_notes text,
  applied_taxes text,
  discount_description varchar(255) DEFAULT NULL,
  shipping_discount_amount decimal(20,4) DEFAULT NULL,
  base_shipping_discount_amount decimal(20,4) DEFAULT NULL,
  subtotal_incl_tax decimal(20,4) DEFAULT NULL,
  base_subtotal_total_incl_tax decimal(20,4) DEFAULT NULL,
  discount_tax_compensation_amount decimal(20,4) DEFAULT NULL,
  base_discount_tax_compensation_amount decimal(20,4) DEFAULT NULL,
  shipping_discount_tax_compensation_amount decimal(20,4) DEFAULT NULL,
  base_shipping_discount_tax_compensation_amnt decimal(20,4) DEFAULT NULL,
  shipping_incl_tax decimal(20,4) DEFAULT NULL,
  base_shipping_incl_tax decimal(20,4) DEFAULT NULL,
  vat_id text,
  vat_is_valid smallint DEFAULT NULL,
  vat_request_id text,
  vat_request_date text,
  vat_request_success smallint DEFAULT NULL,
  validated_country_code text,
  validated_vat_number text,
  gift_message_id int DEFAULT NULL,
  free_shipping smallint NOT NULL DEFAULT '0',
  PRIMARY KEY (address_id),
  CONSTRAINT QUOTE_ADDRESS_QUOTE_ID_QUOTE_ENTITY_ID FOREIGN KEY (quote_id) REFERENCES quote (entity_id) ON DELETE CASCADE
);
COMMENT ON TABLE quote_address IS 'Sales Flat Quote Address';

CREATE TABLE quote_item (
  item_id int NOT NULL,
  quote_id int NOT NULL DEFAULT '0',
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  product_id int DEFAULT NULL,
  store_id smallint DEFAULT NULL,
  parent_item_id int DEFAULT NULL,
  is_virtual smallint DEFAULT NULL,
  sku varchar(255) DEFAULT NULL,
  name varchar(255) DEFAULT NULL,
  description text,
  applied_rule_ids text,
  additional_data text,
  is_qty_decimal smallint DEFAULT NULL,
  no_discount smallint DEFAULT '0',
  weight decimal(12,4) DEFAULT '0.0000',
  qty decimal(12,4) NOT NULL DEFAULT '0.0000',
  price decimal(12,4) NOT NULL DEFAULT '0.0000',
  base_price decimal(12,4) NOT NULL DEFAULT '0.0000',
  custom_price decimal(12,4) DEFAULT NULL,
  discount_percent decimal(12,4) DEFAULT '0.0000',
  discount_amount decimal(20,4) DEFAULT '0.0000',
  base_discount_amount decimal(20,4) DEFAULT '0.0000',
  tax_percent decimal(12,4) DEFAULT '0.0000',
  tax_amount decimal(20,4) DEFAULT '0.0000',
  base_tax_amount decimal(20,4) DEFAULT '0.0000',
  row_total decimal(20,4) NOT NULL DEFAULT '0.0000',
  base_row_total decimal(20,4) NOT NULL DEFAULT '0.0000',
  row_total_with_discount decimal(20,4) DEFAULT '0.0000',
  row_weight decimal(12,4) DEFAULT '0.0000',
  product_type varchar(255) DEFAULT NULL,
  base_tax_before_discount decimal(20,4) DEFAULT NULL,
  tax_before_discount decimal(20,4) DEFAULT NULL,
  original_custom_price decimal(12,4) DEFAULT NULL,
  redirect_url varchar(255) DEFAULT NULL,
  base_cost decimal(12,4) DEFAULT NULL,
  price_incl_tax decimal(20,4) DEFAULT NULL,
  base_price_incl_tax decimal(20,4) DEFAULT NULL,
  row_total_incl_tax decimal(20,4) DEFAULT NULL,
  base_row_total_incl_tax decimal(20,4) DEFAULT NULL,
  discount_tax_compensation_amount decimal(20,4) DEFAULT NULL,
  base_discount_tax_compensation_amount decimal(20,4) DEFAULT NULL,
  free_shipping smallint NOT NULL DEFAULT '0',
  gift_message_id int DEFAULT NULL,
  PRIMARY KEY (item_id),
  CONSTRAINT QUOTE_ITEM_PARENT_ITEM_ID_QUOTE_ITEM_ITEM_ID FOREIGN KEY (parent_item_id) REFERENCES quote_item (item_id) ON DELETE CASCADE,
  CONSTRAINT QUOTE_ITEM_QUOTE_ID_QUOTE_ENTITY_ID FOREIGN KEY (quote_id) REFERENCES quote (entity_id) ON DELETE CASCADE,
  CONSTRAINT QUOTE_ITEM_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE SET NULL
);
COMMENT ON TABLE quote_item IS 'Sales Flat Quote Item';

CREATE TABLE quote_address_item (
  address_item_id int NOT NULL,
  parent_item_id int DEFAULT NULL,
  quote_address_id int NOT NULL DEFAULT '0',
  quote_item_id int NOT NULL DEFAULT '0',
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  applied_rule_ids text,
  additional_data text,
  weight decimal(12,4) DEFAULT '0.0000',
  qty decimal(12,4) NOT NULL DEFAULT '0.0000',
  discount_amount decimal(20,4) DEFAULT '0.0000',
  tax_amount decimal(20,4) DEFAULT '0.0000',
  row_total decimal(20,4) NOT NULL DEFAULT '0.0000',
  base_row_total decimal(20,4) NOT NULL DEFAULT '0.0000',
  row_total_with_discount decimal(20,4) DEFAULT '0.0000',
  base_discount_amount decimal(20,4) DEFAULT '0.0000',
  base_tax_amount decimal(20,4) DEFAULT '0.0000',
  row_weight decimal(12,4) DEFAULT '0.0000',
  product_id int DEFAULT NULL,
  super_product_id int DEFAULT NULL,
  parent_product_id int DEFAULT NULL,
  store_id smallint DEFAULT NULL,
  sku varchar(255) DEFAULT NULL,
  image varchar(255) DEFAULT NULL,
  name varchar(255) DEFAULT NULL,
  description text,
  is_qty_decimal int DEFAULT NULL,
  price decimal(12,4) DEFAULT NULL,
  discount_percent decimal(12,4) DEFAULT NULL,
  no_discount int DEFAULT NULL,
  tax_percent decimal(12,4) DEFAULT NULL,
  base_price decimal(12,4) DEFAULT NULL,
  base_cost decimal(12,4) DEFAULT NULL,
  price_incl_tax decimal(20,4) DEFAULT NULL,
  base_price_incl_tax decimal(20,4) DEFAULT NULL,
  row_total_incl_tax decimal(20,4) DEFAULT NULL,
  base_row_total_incl_tax decimal(20,4) DEFAULT NULL,
  discount_tax_compensation_amount decimal(20,4) DEFAULT NULL,
  base_discount_tax_compensation_amount decimal(20,4) DEFAULT NULL,
  free_shipping int DEFAULT NULL,
  gift_message_id int DEFAULT NULL,
  PRIMARY KEY (address_item_id),
  CONSTRAINT QUOTE_ADDRESS_ITEM_QUOTE_ADDRESS_ID_QUOTE_ADDRESS_ADDRESS_ID FOREIGN KEY (quote_address_id) REFERENCES quote_address (address_id) ON DELETE CASCADE,
  CONSTRAINT QUOTE_ADDR_ITEM_PARENT_ITEM_ID_QUOTE_ADDR_ITEM_ADDR_ITEM_ID FOREIGN KEY (parent_item_id) REFERENCES quote_address_item (address_item_id) ON DELETE CASCADE,
  CONSTRAINT QUOTE_ADDRESS_ITEM_QUOTE_ITEM_ID_QUOTE_ITEM_ITEM_ID FOREIGN KEY (quote_item_id) REFERENCES quote_item (item_id) ON DELETE CASCADE
);
COMMENT ON TABLE quote_address_item IS 'Sales Flat Quote Address Item';

CREATE TABLE quote_item_option (
  option_id int NOT NULL,
  item_id int NOT NULL,
  product_id int NOT NULL,
  code varchar(255) NOT NULL,
  value text,
  PRIMARY KEY (option_id),
  CONSTRAINT QUOTE_ITEM_OPTION_ITEM_ID_QUOTE_ITEM_ITEM_ID FOREIGN KEY (item_id) REFERENCES quote_item (item_id) ON DELETE CASCADE
);
COMMENT ON TABLE quote_item_option IS 'Sales Flat Quote Item Option';

CREATE TABLE quote_payment (
  payment_id int NOT NULL,
  quote_id int NOT NULL DEFAULT '0',
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  method varchar(255) DEFAULT NULL,
  cc_type varchar(255) DEFAULT NULL,
  cc_number_enc varchar(255) DEFAULT NULL,
  cc_last_4 varchar(255) DEFAULT NULL,
  cc_cid_enc varchar(255) DEFAULT NULL,
  cc_owner varchar(255) DEFAULT NULL,
  cc_exp_month varchar(255) DEFAULT NULL,
  cc_exp_year smallint DEFAULT '0',
  cc_ss_owner varchar(255) DEFAULT NULL,
  cc_ss_start_month smallint DEFAULT '0',
  cc_ss_start_year smallint DEFAULT '0',
  po_number varchar(255) DEFAULT NULL,
  additional_data text,
  cc_ss_issue varchar(255) DEFAULT NULL,
  additional_information text,
  PRIMARY KEY (payment_id),
  CONSTRAINT QUOTE_PAYMENT_QUOTE_ID_QUOTE_ENTITY_ID FOREIGN KEY (quote_id) REFERENCES quote (entity_id) ON DELETE CASCADE
);
COMMENT ON TABLE quote_payment IS 'Sales Flat Quote Payment';

CREATE TABLE quote_shipping_rate (
  rate_id int NOT NULL,
  address_id int NOT NULL DEFAULT '0',
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  carrier varchar(255) DEFAULT NULL,
  carrier_title varchar(255) DEFAULT NULL,
  code varchar(255) DEFAULT NULL,
  method varchar(255) DEFAULT NULL,
  method_description text,
  price decimal(20,4) NOT NULL DEFAULT '0.0000',
  error_message text,
  method_title text,
  PRIMARY KEY (rate_id),
  CONSTRAINT QUOTE_SHIPPING_RATE_ADDRESS_ID_QUOTE_ADDRESS_ADDRESS_ID FOREIGN KEY (address_id) REFERENCES quote_address (address_id) ON DELETE CASCADE
);
COMMENT ON TABLE quote_shipping_rate IS 'Sales Flat Quote Shipping Rate';

CREATE TABLE quote_id_mask (
  entity_id int NOT NULL,
  quote_id int NOT NULL,
  masked_id varchar(32) DEFAULT NULL,
  PRIMARY KEY (entity_id,quote_id),
  CONSTRAINT QUOTE_ID_MASK_QUOTE_ID_QUOTE_ENTITY_ID FOREIGN KEY (quote_id) REFERENCES quote (entity_id) ON DELETE CASCADE
);
COMMENT ON TABLE quote_id_mask IS 'Quote ID and masked ID mapping';

-- Magento_SalesRule: cart price rules and their coupons

CREATE TABLE salesrule (
  rule_id int NOT NULL,
  name varchar(255) DEFAULT NULL,
  description text,
  from_date date DEFAULT NULL,
  to_date date DEFAULT NULL,
  uses_per_customer int NOT NULL DEFAULT '0',
  is_active smallint NOT NULL DEFAULT '0',
  conditions_serialized text,
  actions_serialized text,
  stop_rules_processing smallint NOT NULL DEFAULT '1',
  is_advanced smallint NOT NULL DEFAULT '1',
  product_ids text,
  sort_order int NOT NULL DEFAULT '0',
  simple_action varchar(32) DEFAULT NULL,
  discount_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  discount_qty decimal(12,4) DEFAULT NULL,
  discount_step int NOT NULL DEFAULT '0',
  apply_to_shipping smallint NOT NULL DEFAULT '0',
  times_used int NOT NULL DEFAULT '0',
  is_rss smallint NOT NULL DEFAULT '0',
  coupon_type smallint NOT NULL DEFAULT '1',
  use_auto_generation smallint NOT NULL DEFAULT '0',
  uses_per_coupon int NOT NULL DEFAULT '0',
  simple_free_shipping smallint DEFAULT NULL,
  PRIMARY KEY (rule_id)
);
COMMENT ON TABLE salesrule IS 'Salesrule';

CREATE TABLE salesrule_coupon (
  coupon_id int NOT NULL,
  rule_id int NOT NULL,
  code varchar(255) DEFAULT NULL,
  usage_limit int DEFAULT NULL,
  usage_per_customer int DEFAULT NULL,
  times_used int NOT NULL DEFAULT '0',
  expiration_date timestamp DEFAULT NULL,
  is_primary smallint DEFAULT NULL,
  created_at timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  type smallint DEFAULT '0',
  generated_by_dotmailer smallint DEFAULT NULL,
  PRIMARY KEY (coupon_id),
  CONSTRAINT SALESRULE_COUPON_CODE UNIQUE (code),
  CONSTRAINT SALESRULE_COUPON_RULE_ID_IS_PRIMARY UNIQUE (rule_id,is_primary),
  CONSTRAINT SALESRULE_COUPON_RULE_ID_SALESRULE_RULE_ID FOREIGN KEY (rule_id) REFERENCES salesrule (rule_id) ON DELETE CASCADE
);
COMMENT ON TABLE salesrule_coupon IS 'Salesrule Coupon';

CREATE TABLE salesrule_coupon_usage (
  coupon_id int NOT NULL,
  customer_id int NOT NULL,
  times_used int NOT NULL DEFAULT '0',
  PRIMARY KEY (coupon_id,customer_id),
  CONSTRAINT SALESRULE_COUPON_USAGE_COUPON_ID_SALESRULE_COUPON_COUPON_ID FOREIGN KEY (coupon_id) REFERENCES salesrule_coupon (coupon_id) ON DELETE CASCADE,
  CONSTRAINT SALESRULE_COUPON_USAGE_CUSTOMER_ID_CUSTOMER_ENTITY_ENTITY_ID FOREIGN KEY (customer_id) REFERENCES customer_entity (entity_id) ON DELETE CASCADE
);
COMMENT ON TABLE salesrule_coupon_usage IS 'Salesrule Coupon Usage';

CREATE TABLE salesrule_customer (
  rule_customer_id int NOT NULL,
  rule_id int NOT NULL DEFAULT '0',
  customer_id int NOT NULL DEFAULT '0',
  times_used smallint NOT NULL DEFAULT '0',
  PRIMARY KEY (rule_customer_id),
  CONSTRAINT SALESRULE_CUSTOMER_CUSTOMER_ID_CUSTOMER_ENTITY_ENTITY_ID FOREIGN KEY (customer_id) REFERENCES customer_entity (entity_id) ON DELETE CASCADE,
  CONSTRAINT SALESRULE_CUSTOMER_RULE_ID_SALESRULE_RULE_ID FOREIGN KEY (rule_id) REFERENCES salesrule (rule_id) ON DELETE CASCADE
);
COMMENT ON TABLE salesrule_customer IS 'Salesrule Customer';

CREATE TABLE salesrule_label (
  label_id int NOT NULL,
  rule_id int NOT NULL,
  store_id smallint NOT NULL,
  label varchar(255) DEFAULT NULL,
  PRIMARY KEY (label_id),
  CONSTRAINT SALESRULE_LABEL_RULE_ID_STORE_ID UNIQUE (rule_id,store_id),
  CONSTRAINT SALESRULE_LABEL_RULE_ID_SALESRULE_RULE_ID FOREIGN KEY (rule_id) REFERENCES salesrule (rule_id) ON DELETE CASCADE,
  CONSTRAINT SALESRULE_LABEL_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE CASCADE
);
COMMENT ON TABLE salesrule_label IS 'Salesrule Label';

CREATE TABLE salesrule_product_attribute (
  rule_id int NOT NULL,
  website_id smallint NOT NULL,
  customer_group_id int NOT NULL,
  attribute_id smallint NOT NULL,
  PRIMARY KEY (rule_id,website_id,customer_group_id,attribute_id),
  CONSTRAINT SALESRULE_PRODUCT_ATTRIBUTE_RULE_ID_SALESRULE_RULE_ID FOREIGN KEY (rule_id) REFERENCES salesrule (rule_id) ON DELETE CASCADE,
  CONSTRAINT SALESRULE_PRODUCT_ATTRIBUTE_WEBSITE_ID_STORE_WEBSITE_WEBSITE_ID FOREIGN KEY (website_id) REFERENCES store_website (website_id) ON DELETE CASCADE,
  CONSTRAINT SALESRULE_PRD_ATTR_CSTR_GROUP_ID_CSTR_GROUP_CSTR_GROUP_ID FOREIGN KEY (customer_group_id) REFERENCES customer_group (customer_group_id) ON DELETE CASCADE
);
COMMENT ON TABLE salesrule_product_attribute IS 'Salesrule Product Attribute';

CREATE TABLE salesrule_website (
  rule_id int NOT NULL,
  website_id smallint NOT NULL,
  PRIMARY KEY (rule_id,website_id),
  CONSTRAINT SALESRULE_WEBSITE_RULE_ID_SALESRULE_RULE_ID FOREIGN KEY (rule_id) REFERENCES salesrule (rule_id) ON DELETE CASCADE,
  CONSTRAINT SALESRULE_WEBSITE_WEBSITE_ID_STORE_WEBSITE_WEBSITE_ID FOREIGN KEY (website_id) REFERENCES store_website (website_id) ON DELETE CASCADE
);
COMMENT ON TABLE salesrule_website IS 'Sales Rules To Websites Relations';

CREATE TABLE salesrule_customer_group (
  rule_id int NOT NULL,
  customer_group_id int NOT NULL,
  PRIMARY KEY (rule_id,customer_group_id),
  CONSTRAINT SALESRULE_CUSTOMER_GROUP_RULE_ID_SALESRULE_RULE_ID FOREIGN KEY (rule_id) REFERENCES salesrule (rule_id) ON DELETE CASCADE,
  CONSTRAINT SALESRULE_CSTR_GROUP_CSTR_GROUP_ID_CSTR_GROUP_CSTR_GROUP_ID FOREIGN KEY (customer_group_id) REFERENCES customer_group (customer_group_id) ON DELETE CASCADE
);
COMMENT ON TABLE salesrule_customer_group IS 'Sales Rules To Customer Groups Relations';

CREATE TABLE salesrule_coupon_aggregated (
  id int NOT NULL,
  period date NOT NULL,
  store_id smallint DEFAULT NULL,
  order_status varchar(50) DEFAULT NULL,
  coupon_code varchar(50) DEFAULT NULL,
  coupon_uses int NOT NULL DEFAULT '0',
  subtotal_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  discount_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  subtotal_amount_actual decimal(20,4) NOT NULL DEFAULT '0.0000',
  discount_amount_actual decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_amount_actual decimal(20,4) NOT NULL DEFAULT '0.0000',
  rule_name varchar(255) DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT SALESRULE_COUPON_AGGRED_PERIOD_STORE_ID_ORDER_STS_COUPON_CODE UNIQUE (period,store_id,order_status,coupon_code),
  CONSTRAINT SALESRULE_COUPON_AGGREGATED_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE CASCADE
);
COMMENT ON TABLE salesrule_coupon_aggregated IS 'Coupon Aggregated';

CREATE TABLE salesrule_coupon_aggregated_updated (
  id int NOT NULL,
  period date NOT NULL,
  store_id smallint DEFAULT NULL,
  order_status varchar(50) DEFAULT NULL,
  coupon_code varchar(50) DEFAULT NULL,
  coupon_uses int NOT NULL DEFAULT '0',
  subtotal_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  discount_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  subtotal_amount_actual decimal(20,4) NOT NULL DEFAULT '0.0000',
  discount_amount_actual decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_amount_actual decimal(20,4) NOT NULL DEFAULT '0.0000',
  rule_name varchar(255) DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT UNQ_7196FA120A4F0F84E1B66605E87E213E UNIQUE (period,store_id,order_status,coupon_code),
  CONSTRAINT SALESRULE_COUPON_AGGREGATED_UPDATED_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE CASCADE
);
COMMENT ON TABLE salesrule_coupon_aggregated_updated IS 'Salesrule Coupon Aggregated Updated';

CREATE TABLE salesrule_coupon_aggregated_order (
  id int NOT NULL,
  period date NOT NULL,
  store_id smallint DEFAULT NULL,
  order_status varchar(50) DEFAULT NULL,
  coupon_code varchar(50) DEFAULT NULL,
  coupon_uses int NOT NULL DEFAULT '0',
  subtotal_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  discount_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  total_amount decimal(20,4) NOT NULL DEFAULT '0.0000',
  rule_name varchar(255) DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT UNQ_1094D1FBBCBB11704A29DEF3ACC37D2B UNIQUE (period,store_id,order_status,coupon_code),
  CONSTRAINT SALESRULE_COUPON_AGGREGATED_ORDER_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE CASCADE
);
COMMENT ON TABLE salesrule_coupon_aggregated_order IS 'Coupon Aggregated Order';

-- Magento_SalesSequence: order, invoice, credit memo and shipment numbers

CREATE TABLE sales_sequence_meta (
  meta_id int NOT NULL,
  entity_type varchar(32) NOT NULL,
  store_id smallint NOT NULL,
  sequence_table varchar(64) NOT NULL,
  PRIMARY KEY (meta_id),
  CONSTRAINT SALES_SEQUENCE_META_ENTITY_TYPE_STORE_ID UNIQUE (entity_type,store_id)
);
COMMENT ON TABLE sales_sequence_meta IS 'sales_sequence_meta';

CREATE TABLE sales_sequence_profile (
  profile_id int NOT NULL,
  meta_id int NOT NULL,
  prefix varchar(32) DEFAULT NULL,
  suffix varchar(32) DEFAULT NULL,
  start_value int NOT NULL DEFAULT '1',
  step int NOT NULL DEFAULT '1',
  max_value int NOT NULL,
  warning_value int NOT NULL,
  is_active smallint NOT NULL DEFAULT '0',
  PRIMARY KEY (profile_id),
  CONSTRAINT SALES_SEQUENCE_PROFILE_META_ID_PREFIX_SUFFIX UNIQUE (meta_id,prefix,suffix),
  CONSTRAINT SALES_SEQUENCE_PROFILE_META_ID_SALES_SEQUENCE_META_META_ID FOREIGN KEY (meta_id) REFERENCES sales_sequence_meta (meta_id) ON DELETE CASCADE
);
COMMENT ON TABLE sales_sequence_profile IS 'sales_sequence_profile';

CREATE TABLE sequence_order_1 (
  sequence_value int NOT NULL,
  PRIMARY KEY (sequence_value)
);

CREATE TABLE sequence_invoice_1 (
  sequence_value int NOT NULL,
  PRIMARY KEY (sequence_value)
);

CREATE TABLE sequence_creditmemo_1 (
  sequence_value int NOT NULL,
  PRIMARY KEY (sequence_value)
);

CREATE TABLE sequence_shipment_1 (
  sequence_value int NOT NULL,
  PRIMARY KEY (sequence_value)
);
