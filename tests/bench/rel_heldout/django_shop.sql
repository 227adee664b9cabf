-- django_shop.sql: a blind held-out fold for relationship inference (tests/bench/eval_relations
-- --group-new; eval_schemas.sh --blind). A Django web shop as `manage.py sqlmigrate` would emit
-- it for SQLite, written for this bench by an author who had not read the inference rules:
-- app_model table names (shop_product, orders_orderline, accounts_address), an integer `id` key
-- on every model, ForeignKey fields stored as <field>_id (category_id, created_by_id,
-- shipping_address_id), ManyToMany through tables app_model_field (shop_product_tags,
-- auth_user_groups), Django's own contrib tables (auth_*, django_content_type, django_admin_log)
-- and generic relations (content_type_id + object_id / object_pk, with no declared FK on the
-- object column). The declared foreign keys are the truth.
-- Readable by PostgreSQL, SQLite and Sextant's DDL reader.

CREATE TABLE "django_content_type" (
    "id" integer NOT NULL PRIMARY KEY,
    "app_label" varchar(100) NOT NULL,
    "model" varchar(100) NOT NULL
);

CREATE TABLE "auth_permission" (
    "id" integer NOT NULL PRIMARY KEY,
    "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED,
    "codename" varchar(100) NOT NULL,
    "name" varchar(255) NOT NULL
);

CREATE TABLE "auth_group" (
    "id" integer NOT NULL PRIMARY KEY,
    "name" varchar(150) NOT NULL UNIQUE
);

CREATE TABLE "auth_group_permissions" (
    "id" integer NOT NULL PRIMARY KEY,
    "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED,
    "permission_id" integer NOT NULL REFERENCES "auth_permission" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "auth_user" (
    "id" integer NOT NULL PRIMARY KEY,
    "password" varchar(128) NOT NULL,
    "last_login" timestamp NULL,
    "is_superuser" bool NOT NULL,
    "username" varchar(150) NOT NULL UNIQUE,
    "first_name" varchar(150) NOT NULL,
    "last_name" varchar(150) NOT NULL,
    "email" varchar(254) NOT NULL,
    "is_staff" bool NOT NULL,
    "is_active" bool NOT NULL,
    "date_joined" timestamp NOT NULL
);

CREATE TABLE "auth_user_groups" (
    "id" integer NOT NULL PRIMARY KEY,
    "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED,
    "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "auth_user_user_permissions" (
    "id" integer NOT NULL PRIMARY KEY,
    "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED,
    "permission_id" integer NOT NULL REFERENCES "auth_permission" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "django_admin_log" (
    "id" integer NOT NULL PRIMARY KEY,
    "action_time" timestamp NOT NULL,
    "object_id" text NULL,
    "object_repr" varchar(200) NOT NULL,
    "action_flag" smallint NOT NULL,
    "change_message" text NOT NULL,
    "content_type_id" integer NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED,
    "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "django_session" (
    "session_key" varchar(40) NOT NULL PRIMARY KEY,
    "session_data" text NOT NULL,
    "expire_date" timestamp NOT NULL
);

CREATE TABLE "django_site" (
    "id" integer NOT NULL PRIMARY KEY,
    "domain" varchar(100) NOT NULL UNIQUE,
    "name" varchar(50) NOT NULL
);

CREATE TABLE "accounts_profile" (
    "id" integer NOT NULL PRIMARY KEY,
    "user_id" integer NOT NULL UNIQUE REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED,
    "phone" varchar(32) NOT NULL,
    "birth_date" date NULL,
    "newsletter" bool NOT NULL,
    "referred_by_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "accounts_address" (
    "id" integer NOT NULL PRIMARY KEY,
    "user_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED,
    "full_name" varchar(255) NOT NULL,
    "street_address_1" varchar(255) NOT NULL,
    "street_address_2" varchar(255) NOT NULL,
    "city" varchar(128) NOT NULL,
    "postal_code" varchar(20) NOT NULL,
    "country" varchar(2) NOT NULL,
    "is_default_shipping" bool NOT NULL
);

CREATE TABLE "shop_category" (
    "id" integer NOT NULL PRIMARY KEY,
    "name" varchar(128) NOT NULL,
    "slug" varchar(128) NOT NULL UNIQUE,
    "description" text NOT NULL,
    "parent_id" integer NULL REFERENCES "shop_category" ("id") DEFERRABLE INITIALLY DEFERRED,
    "lft" integer NOT NULL,
    "rght" integer NOT NULL,
    "tree_id" integer NOT NULL,
    "level" integer NOT NULL
);

CREATE TABLE "shop_brand" (
    "id" integer NOT NULL PRIMARY KEY,
    "name" varchar(100) NOT NULL,
    "slug" varchar(100) NOT NULL UNIQUE,
    "logo" varchar(100) NOT NULL
);

CREATE TABLE "shop_tag" (
    "id" integer NOT NULL PRIMARY KEY,
    "name" varchar(50) NOT NULL UNIQUE
);

CREATE TABLE "shop_product" (
    "id" integer NOT NULL PRIMARY KEY,
    "name" varchar(255) NOT NULL,
    "slug" varchar(255) NOT NULL UNIQUE,
    "description" text NOT NULL,
    "price" decimal(10, 2) NOT NULL,
    "is_published" bool NOT NULL,
    "created_at" timestamp NOT NULL,
    "updated_at" timestamp NOT NULL,
    "category_id" integer NOT NULL REFERENCES "shop_category" ("id") DEFERRABLE INITIALLY DEFERRED,
    "brand_id" integer NULL REFERENCES "shop_brand" ("id") DEFERRABLE INITIALLY DEFERRED,
    "created_by_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "shop_product_tags" (
    "id" integer NOT NULL PRIMARY KEY,
    "product_id" integer NOT NULL REFERENCES "shop_product" ("id") DEFERRABLE INITIALLY DEFERRED,
    "tag_id" integer NOT NULL REFERENCES "shop_tag" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "shop_product_related" (
    "id" integer NOT NULL PRIMARY KEY,
    "from_product_id" integer NOT NULL REFERENCES "shop_product" ("id") DEFERRABLE INITIALLY DEFERRED,
    "to_product_id" integer NOT NULL REFERENCES "shop_product" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "shop_productimage" (
    "id" integer NOT NULL PRIMARY KEY,
    "image" varchar(100) NOT NULL,
    "alt" varchar(128) NOT NULL,
    "sort_order" integer NULL,
    "product_id" integer NOT NULL REFERENCES "shop_product" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "shop_attribute" (
    "id" integer NOT NULL PRIMARY KEY,
    "name" varchar(50) NOT NULL,
    "slug" varchar(50) NOT NULL UNIQUE
);

CREATE TABLE "shop_attributevalue" (
    "id" integer NOT NULL PRIMARY KEY,
    "value" varchar(100) NOT NULL,
    "attribute_id" integer NOT NULL REFERENCES "shop_attribute" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "shop_productvariant" (
    "id" integer NOT NULL PRIMARY KEY,
    "sku" varchar(32) NOT NULL UNIQUE,
    "price_override" decimal(10, 2) NULL,
    "weight" real NULL,
    "product_id" integer NOT NULL REFERENCES "shop_product" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "shop_productvariant_attribute_values" (
    "id" integer NOT NULL PRIMARY KEY,
    "productvariant_id" integer NOT NULL REFERENCES "shop_productvariant" ("id") DEFERRABLE INITIALLY DEFERRED,
    "attributevalue_id" integer NOT NULL REFERENCES "shop_attributevalue" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "shop_warehouse" (
    "id" integer NOT NULL PRIMARY KEY,
    "name" varchar(100) NOT NULL,
    "email" varchar(254) NOT NULL,
    "address_id" integer NOT NULL REFERENCES "accounts_address" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "shop_stock" (
    "id" integer NOT NULL PRIMARY KEY,
    "quantity" integer NOT NULL,
    "quantity_allocated" integer NOT NULL,
    "variant_id" integer NOT NULL REFERENCES "shop_productvariant" ("id") DEFERRABLE INITIALLY DEFERRED,
    "warehouse_id" integer NOT NULL REFERENCES "shop_warehouse" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "shop_wishlist" (
    "id" integer NOT NULL PRIMARY KEY,
    "token" varchar(36) NOT NULL UNIQUE,
    "created_at" timestamp NOT NULL,
    "user_id" integer NULL UNIQUE REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "shop_wishlist_products" (
    "id" integer NOT NULL PRIMARY KEY,
    "wishlist_id" integer NOT NULL REFERENCES "shop_wishlist" ("id") DEFERRABLE INITIALLY DEFERRED,
    "product_id" integer NOT NULL REFERENCES "shop_product" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "discounts_voucher" (
    "id" integer NOT NULL PRIMARY KEY,
    "code" varchar(12) NOT NULL UNIQUE,
    "discount_value" decimal(10, 2) NOT NULL,
    "usage_limit" integer NULL,
    "used" integer NOT NULL,
    "start_date" timestamp NOT NULL,
    "end_date" timestamp NULL
);

CREATE TABLE "discounts_voucher_products" (
    "id" integer NOT NULL PRIMARY KEY,
    "voucher_id" integer NOT NULL REFERENCES "discounts_voucher" ("id") DEFERRABLE INITIALLY DEFERRED,
    "product_id" integer NOT NULL REFERENCES "shop_product" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "discounts_voucher_categories" (
    "id" integer NOT NULL PRIMARY KEY,
    "voucher_id" integer NOT NULL REFERENCES "discounts_voucher" ("id") DEFERRABLE INITIALLY DEFERRED,
    "category_id" integer NOT NULL REFERENCES "shop_category" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "orders_order" (
    "id" integer NOT NULL PRIMARY KEY,
    "created" timestamp NOT NULL,
    "status" varchar(32) NOT NULL,
    "token" varchar(36) NOT NULL UNIQUE,
    "total_net" decimal(12, 2) NOT NULL,
    "total_gross" decimal(12, 2) NOT NULL,
    "customer_note" text NOT NULL,
    "user_email" varchar(254) NOT NULL,
    "user_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED,
    "billing_address_id" integer NULL REFERENCES "accounts_address" ("id") DEFERRABLE INITIALLY DEFERRED,
    "shipping_address_id" integer NULL REFERENCES "accounts_address" ("id") DEFERRABLE INITIALLY DEFERRED,
    "voucher_id" integer NULL REFERENCES "discounts_voucher" ("id") DEFERRABLE INITIALLY DEFERRED,
    "site_id" integer NOT NULL REFERENCES "django_site" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "orders_orderline" (
    "id" integer NOT NULL PRIMARY KEY,
    "product_name" varchar(386) NOT NULL,
    "product_sku" varchar(32) NOT NULL,
    "quantity" integer NOT NULL,
    "unit_price_net" decimal(12, 2) NOT NULL,
    "order_id" integer NOT NULL REFERENCES "orders_order" ("id") DEFERRABLE INITIALLY DEFERRED,
    "variant_id" integer NULL REFERENCES "shop_productvariant" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "orders_payment" (
    "id" integer NOT NULL PRIMARY KEY,
    "gateway" varchar(255) NOT NULL,
    "charge_status" varchar(20) NOT NULL,
    "total" decimal(12, 2) NOT NULL,
    "psp_reference" varchar(512) NULL,
    "created" timestamp NOT NULL,
    "order_id" integer NULL REFERENCES "orders_order" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "orders_fulfillment" (
    "id" integer NOT NULL PRIMARY KEY,
    "fulfillment_order" integer NOT NULL,
    "status" varchar(32) NOT NULL,
    "tracking_number" varchar(255) NOT NULL,
    "created" timestamp NOT NULL,
    "order_id" integer NOT NULL REFERENCES "orders_order" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "orders_fulfillmentline" (
    "id" integer NOT NULL PRIMARY KEY,
    "quantity" integer NOT NULL,
    "fulfillment_id" integer NOT NULL REFERENCES "orders_fulfillment" ("id") DEFERRABLE INITIALLY DEFERRED,
    "order_line_id" integer NOT NULL REFERENCES "orders_orderline" ("id") DEFERRABLE INITIALLY DEFERRED,
    "stock_id" integer NULL REFERENCES "shop_stock" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "reviews_review" (
    "id" integer NOT NULL PRIMARY KEY,
    "rating" smallint NOT NULL,
    "title" varchar(200) NOT NULL,
    "body" text NOT NULL,
    "created_at" timestamp NOT NULL,
    "product_id" integer NOT NULL REFERENCES "shop_product" ("id") DEFERRABLE INITIALLY DEFERRED,
    "author_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED,
    "moderated_by_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "django_comments" (
    "id" integer NOT NULL PRIMARY KEY,
    "object_pk" varchar(64) NOT NULL,
    "user_name" varchar(50) NOT NULL,
    "comment" text NOT NULL,
    "submit_date" timestamp NOT NULL,
    "is_public" bool NOT NULL,
    "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED,
    "site_id" integer NOT NULL REFERENCES "django_site" ("id") DEFERRABLE INITIALLY DEFERRED,
    "user_id" integer NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE "taggit_tag" (
    "id" integer NOT NULL PRIMARY KEY,
    "name" varchar(100) NOT NULL UNIQUE,
    "slug" varchar(100) NOT NULL UNIQUE
);

CREATE TABLE "taggit_taggeditem" (
    "id" integer NOT NULL PRIMARY KEY,
    "object_id" integer NOT NULL,
    "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED,
    "tag_id" integer NOT NULL REFERENCES "taggit_tag" ("id") DEFERRABLE INITIALLY DEFERRED
);
