-- erp_nav.sql: a fourth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind4). The SQL tables of a Dynamics
-- NAV / Business Central company, written for this bench by an author who had
-- not read the inference code: quoted table and column names with spaces and
-- the underscores NAV writes for "." and "/" ("Sales Header", "G_L Entry",
-- "Country_Region Code", "Gen_ Bus_ Posting Group"), code keys ("No_"
-- varchar(20), "Code" varchar(10)) referenced under field names that name
-- the table ("Currency Code", "Location Code", "Salesperson Code",
-- "Purchaser Code") or a role ("Sell-to Customer No_", "Bill-to Customer No_",
-- "Pay-to Vendor No_", "Base Unit of Measure", "Receivables Account"),
-- composite keys ("Document Type", "Document No_", "Line No_") and ledger
-- entries keyed by "Entry No_". Option fields are integers, amounts
-- decimal(38,20). Sales Line "No_" and G_L Entry "Source No_" / "Bal_ Account
-- No_" depend on a Type field and are not declared. The declared foreign keys
-- are the truth (NAV itself declares none in SQL; these are its table
-- relations). Readable by PostgreSQL, SQLite and Sextant's DDL reader.

CREATE TABLE "Country_Region" (
    "Code" varchar(10) PRIMARY KEY,
    "Name" varchar(50) NOT NULL,
    "ISO Code" varchar(2),
    "EU Country_Region Code" varchar(10),
    "Address Format" integer NOT NULL
);

CREATE TABLE "G_L Account" (
    "No_" varchar(20) PRIMARY KEY,
    "Name" varchar(100) NOT NULL,
    "Search Name" varchar(100) NOT NULL,
    "Account Type" integer NOT NULL,
    "Income_Balance" integer NOT NULL,
    "Debit_Credit" integer NOT NULL,
    "Gen_ Posting Type" integer NOT NULL,
    "Direct Posting" boolean NOT NULL,
    "Blocked" boolean NOT NULL,
    "Totaling" varchar(250),
    "Last Date Modified" timestamp NOT NULL
);

CREATE TABLE "Currency" (
    "Code" varchar(10) PRIMARY KEY,
    "Description" varchar(30) NOT NULL,
    "ISO Code" varchar(3),
    "Unrealized Gains Acc_" varchar(20) REFERENCES "G_L Account" ("No_"),
    "Unrealized Losses Acc_" varchar(20) REFERENCES "G_L Account" ("No_"),
    "Amount Rounding Precision" decimal(38, 20) NOT NULL,
    "Last Date Modified" timestamp NOT NULL
);

CREATE TABLE "Payment Terms" (
    "Code" varchar(10) PRIMARY KEY,
    "Due Date Calculation" varchar(32) NOT NULL,
    "Discount Date Calculation" varchar(32),
    "Discount %" decimal(38, 20) NOT NULL,
    "Description" varchar(100) NOT NULL
);

CREATE TABLE "Payment Method" (
    "Code" varchar(10) PRIMARY KEY,
    "Description" varchar(100) NOT NULL,
    "Bal_ Account Type" integer NOT NULL,
    "Bal_ Account No_" varchar(20)
);

CREATE TABLE "Shipment Method" (
    "Code" varchar(10) PRIMARY KEY,
    "Description" varchar(50) NOT NULL
);

CREATE TABLE "Salesperson_Purchaser" (
    "Code" varchar(20) PRIMARY KEY,
    "Name" varchar(50) NOT NULL,
    "E-Mail" varchar(80),
    "Phone No_" varchar(30),
    "Commission %" decimal(38, 20) NOT NULL,
    "Blocked" boolean NOT NULL
);

CREATE TABLE "Location" (
    "Code" varchar(10) PRIMARY KEY,
    "Name" varchar(100) NOT NULL,
    "Address" varchar(100),
    "City" varchar(30),
    "Post Code" varchar(20),
    "Country_Region Code" varchar(10) REFERENCES "Country_Region" ("Code"),
    "Use As In-Transit" boolean NOT NULL,
    "Require Pick" boolean NOT NULL,
    "Bin Mandatory" boolean NOT NULL
);

CREATE TABLE "Unit of Measure" (
    "Code" varchar(10) PRIMARY KEY,
    "Description" varchar(50) NOT NULL,
    "International Standard Code" varchar(10)
);

CREATE TABLE "Customer Posting Group" (
    "Code" varchar(20) PRIMARY KEY,
    "Description" varchar(100),
    "Receivables Account" varchar(20) NOT NULL REFERENCES "G_L Account" ("No_"),
    "Invoice Rounding Account" varchar(20) REFERENCES "G_L Account" ("No_"),
    "Payment Disc_ Debit Acc_" varchar(20) REFERENCES "G_L Account" ("No_")
);

CREATE TABLE "Vendor Posting Group" (
    "Code" varchar(20) PRIMARY KEY,
    "Description" varchar(100),
    "Payables Account" varchar(20) NOT NULL REFERENCES "G_L Account" ("No_"),
    "Invoice Rounding Account" varchar(20) REFERENCES "G_L Account" ("No_")
);

CREATE TABLE "Inventory Posting Group" (
    "Code" varchar(20) PRIMARY KEY,
    "Description" varchar(100)
);

CREATE TABLE "Gen_ Business Posting Group" (
    "Code" varchar(20) PRIMARY KEY,
    "Description" varchar(100),
    "Auto Insert Default" boolean NOT NULL
);

CREATE TABLE "Gen_ Product Posting Group" (
    "Code" varchar(20) PRIMARY KEY,
    "Description" varchar(100),
    "Auto Insert Default" boolean NOT NULL
);

CREATE TABLE "Item Category" (
    "Code" varchar(20) PRIMARY KEY,
    "Parent Category" varchar(20) REFERENCES "Item Category" ("Code"),
    "Description" varchar(100),
    "Indentation" integer NOT NULL
);

CREATE TABLE "Customer" (
    "No_" varchar(20) PRIMARY KEY,
    "Name" varchar(100) NOT NULL,
    "Search Name" varchar(100) NOT NULL,
    "Address" varchar(100),
    "City" varchar(30),
    "Post Code" varchar(20),
    "Country_Region Code" varchar(10) REFERENCES "Country_Region" ("Code"),
    "Phone No_" varchar(30),
    "E-Mail" varchar(80),
    "VAT Registration No_" varchar(20),
    "Currency Code" varchar(10) REFERENCES "Currency" ("Code"),
    "Customer Posting Group" varchar(20) NOT NULL REFERENCES "Customer Posting Group" ("Code"),
    "Gen_ Bus_ Posting Group" varchar(20) NOT NULL REFERENCES "Gen_ Business Posting Group" ("Code"),
    "Payment Terms Code" varchar(10) REFERENCES "Payment Terms" ("Code"),
    "Payment Method Code" varchar(10) REFERENCES "Payment Method" ("Code"),
    "Shipment Method Code" varchar(10) REFERENCES "Shipment Method" ("Code"),
    "Salesperson Code" varchar(20) REFERENCES "Salesperson_Purchaser" ("Code"),
    "Location Code" varchar(10) REFERENCES "Location" ("Code"),
    "Bill-to Customer No_" varchar(20) REFERENCES "Customer" ("No_"),
    "Credit Limit (LCY)" decimal(38, 20) NOT NULL,
    "Blocked" integer NOT NULL,
    "Last Date Modified" timestamp NOT NULL
);

CREATE TABLE "Vendor" (
    "No_" varchar(20) PRIMARY KEY,
    "Name" varchar(100) NOT NULL,
    "Search Name" varchar(100) NOT NULL,
    "Address" varchar(100),
    "City" varchar(30),
    "Post Code" varchar(20),
    "Country_Region Code" varchar(10) REFERENCES "Country_Region" ("Code"),
    "Phone No_" varchar(30),
    "VAT Registration No_" varchar(20),
    "Currency Code" varchar(10) REFERENCES "Currency" ("Code"),
    "Vendor Posting Group" varchar(20) NOT NULL REFERENCES "Vendor Posting Group" ("Code"),
    "Gen_ Bus_ Posting Group" varchar(20) NOT NULL REFERENCES "Gen_ Business Posting Group" ("Code"),
    "Payment Terms Code" varchar(10) REFERENCES "Payment Terms" ("Code"),
    "Payment Method Code" varchar(10) REFERENCES "Payment Method" ("Code"),
    "Purchaser Code" varchar(20) REFERENCES "Salesperson_Purchaser" ("Code"),
    "Location Code" varchar(10) REFERENCES "Location" ("Code"),
    "Pay-to Vendor No_" varchar(20) REFERENCES "Vendor" ("No_"),
    "Blocked" integer NOT NULL,
    "Last Date Modified" timestamp NOT NULL
);

CREATE TABLE "Item" (
    "No_" varchar(20) PRIMARY KEY,
    "Description" varchar(100) NOT NULL,
    "Search Description" varchar(100) NOT NULL,
    "Type" integer NOT NULL,
    "Base Unit of Measure" varchar(10) NOT NULL REFERENCES "Unit of Measure" ("Code"),
    "Sales Unit of Measure" varchar(10) REFERENCES "Unit of Measure" ("Code"),
    "Purch_ Unit of Measure" varchar(10) REFERENCES "Unit of Measure" ("Code"),
    "Inventory Posting Group" varchar(20) REFERENCES "Inventory Posting Group" ("Code"),
    "Gen_ Prod_ Posting Group" varchar(20) NOT NULL REFERENCES "Gen_ Product Posting Group" ("Code"),
    "Item Category Code" varchar(20) REFERENCES "Item Category" ("Code"),
    "Vendor No_" varchar(20) REFERENCES "Vendor" ("No_"),
    "Vendor Item No_" varchar(50),
    "Unit Price" decimal(38, 20) NOT NULL,
    "Unit Cost" decimal(38, 20) NOT NULL,
    "Costing Method" integer NOT NULL,
    "Blocked" boolean NOT NULL,
    "Last Date Modified" timestamp NOT NULL
);

CREATE TABLE "Item Unit of Measure" (
    "Item No_" varchar(20) NOT NULL REFERENCES "Item" ("No_"),
    "Code" varchar(10) NOT NULL REFERENCES "Unit of Measure" ("Code"),
    "Qty_ per Unit of Measure" decimal(38, 20) NOT NULL,
    "Weight" decimal(38, 20) NOT NULL,
    PRIMARY KEY ("Item No_", "Code")
);

CREATE TABLE "Ship-to Address" (
    "Customer No_" varchar(20) NOT NULL REFERENCES "Customer" ("No_"),
    "Code" varchar(10) NOT NULL,
    "Name" varchar(100) NOT NULL,
    "Address" varchar(100),
    "City" varchar(30),
    "Post Code" varchar(20),
    "Country_Region Code" varchar(10) REFERENCES "Country_Region" ("Code"),
    "Location Code" varchar(10) REFERENCES "Location" ("Code"),
    "Shipment Method Code" varchar(10) REFERENCES "Shipment Method" ("Code"),
    PRIMARY KEY ("Customer No_", "Code")
);

CREATE TABLE "Sales Header" (
    "Document Type" integer NOT NULL,
    "No_" varchar(20) NOT NULL,
    "Sell-to Customer No_" varchar(20) NOT NULL REFERENCES "Customer" ("No_"),
    "Bill-to Customer No_" varchar(20) NOT NULL REFERENCES "Customer" ("No_"),
    "Ship-to Code" varchar(10),
    "Order Date" timestamp NOT NULL,
    "Posting Date" timestamp NOT NULL,
    "Shipment Date" timestamp,
    "Due Date" timestamp,
    "Currency Code" varchar(10) REFERENCES "Currency" ("Code"),
    "Currency Factor" decimal(38, 20) NOT NULL,
    "Payment Terms Code" varchar(10) REFERENCES "Payment Terms" ("Code"),
    "Shipment Method Code" varchar(10) REFERENCES "Shipment Method" ("Code"),
    "Location Code" varchar(10) REFERENCES "Location" ("Code"),
    "Salesperson Code" varchar(20) REFERENCES "Salesperson_Purchaser" ("Code"),
    "Your Reference" varchar(35),
    "External Document No_" varchar(35),
    "Status" integer NOT NULL,
    "Amount" decimal(38, 20) NOT NULL,
    PRIMARY KEY ("Document Type", "No_"),
    FOREIGN KEY ("Sell-to Customer No_", "Ship-to Code") REFERENCES "Ship-to Address" ("Customer No_", "Code")
);

CREATE TABLE "Sales Line" (
    "Document Type" integer NOT NULL,
    "Document No_" varchar(20) NOT NULL,
    "Line No_" integer NOT NULL,
    "Sell-to Customer No_" varchar(20) NOT NULL REFERENCES "Customer" ("No_"),
    "Type" integer NOT NULL,
    "No_" varchar(20),
    "Location Code" varchar(10) REFERENCES "Location" ("Code"),
    "Description" varchar(100),
    "Unit of Measure Code" varchar(10) REFERENCES "Unit of Measure" ("Code"),
    "Quantity" decimal(38, 20) NOT NULL,
    "Unit Price" decimal(38, 20) NOT NULL,
    "Line Discount %" decimal(38, 20) NOT NULL,
    "Line Amount" decimal(38, 20) NOT NULL,
    "Shipment Date" timestamp,
    "Gen_ Prod_ Posting Group" varchar(20) REFERENCES "Gen_ Product Posting Group" ("Code"),
    PRIMARY KEY ("Document Type", "Document No_", "Line No_"),
    FOREIGN KEY ("Document Type", "Document No_") REFERENCES "Sales Header" ("Document Type", "No_")
);

CREATE TABLE "Purchase Header" (
    "Document Type" integer NOT NULL,
    "No_" varchar(20) NOT NULL,
    "Buy-from Vendor No_" varchar(20) NOT NULL REFERENCES "Vendor" ("No_"),
    "Pay-to Vendor No_" varchar(20) NOT NULL REFERENCES "Vendor" ("No_"),
    "Order Date" timestamp NOT NULL,
    "Posting Date" timestamp NOT NULL,
    "Expected Receipt Date" timestamp,
    "Currency Code" varchar(10) REFERENCES "Currency" ("Code"),
    "Payment Terms Code" varchar(10) REFERENCES "Payment Terms" ("Code"),
    "Location Code" varchar(10) REFERENCES "Location" ("Code"),
    "Purchaser Code" varchar(20) REFERENCES "Salesperson_Purchaser" ("Code"),
    "Vendor Invoice No_" varchar(35),
    "Status" integer NOT NULL,
    "Amount" decimal(38, 20) NOT NULL,
    PRIMARY KEY ("Document Type", "No_")
);

CREATE TABLE "Purchase Line" (
    "Document Type" integer NOT NULL,
    "Document No_" varchar(20) NOT NULL,
    "Line No_" integer NOT NULL,
    "Buy-from Vendor No_" varchar(20) NOT NULL REFERENCES "Vendor" ("No_"),
    "Type" integer NOT NULL,
    "No_" varchar(20),
    "Location Code" varchar(10) REFERENCES "Location" ("Code"),
    "Description" varchar(100),
    "Unit of Measure Code" varchar(10) REFERENCES "Unit of Measure" ("Code"),
    "Quantity" decimal(38, 20) NOT NULL,
    "Direct Unit Cost" decimal(38, 20) NOT NULL,
    "Line Amount" decimal(38, 20) NOT NULL,
    "Expected Receipt Date" timestamp,
    PRIMARY KEY ("Document Type", "Document No_", "Line No_"),
    FOREIGN KEY ("Document Type", "Document No_") REFERENCES "Purchase Header" ("Document Type", "No_")
);

CREATE TABLE "Sales Invoice Header" (
    "No_" varchar(20) PRIMARY KEY,
    "Sell-to Customer No_" varchar(20) NOT NULL REFERENCES "Customer" ("No_"),
    "Bill-to Customer No_" varchar(20) NOT NULL REFERENCES "Customer" ("No_"),
    "Order No_" varchar(20),
    "Pre-Assigned No_" varchar(20),
    "Posting Date" timestamp NOT NULL,
    "Due Date" timestamp,
    "Currency Code" varchar(10) REFERENCES "Currency" ("Code"),
    "Salesperson Code" varchar(20) REFERENCES "Salesperson_Purchaser" ("Code"),
    "Location Code" varchar(10) REFERENCES "Location" ("Code"),
    "Amount" decimal(38, 20) NOT NULL,
    "Amount Including VAT" decimal(38, 20) NOT NULL
);

CREATE TABLE "Sales Invoice Line" (
    "Document No_" varchar(20) NOT NULL REFERENCES "Sales Invoice Header" ("No_"),
    "Line No_" integer NOT NULL,
    "Sell-to Customer No_" varchar(20) NOT NULL REFERENCES "Customer" ("No_"),
    "Type" integer NOT NULL,
    "No_" varchar(20),
    "Location Code" varchar(10) REFERENCES "Location" ("Code"),
    "Description" varchar(100),
    "Unit of Measure Code" varchar(10) REFERENCES "Unit of Measure" ("Code"),
    "Quantity" decimal(38, 20) NOT NULL,
    "Unit Price" decimal(38, 20) NOT NULL,
    "Amount" decimal(38, 20) NOT NULL,
    PRIMARY KEY ("Document No_", "Line No_")
);

CREATE TABLE "Cust_ Ledger Entry" (
    "Entry No_" integer PRIMARY KEY,
    "Customer No_" varchar(20) NOT NULL REFERENCES "Customer" ("No_"),
    "Posting Date" timestamp NOT NULL,
    "Document Type" integer NOT NULL,
    "Document No_" varchar(20) NOT NULL,
    "Description" varchar(100),
    "Currency Code" varchar(10) REFERENCES "Currency" ("Code"),
    "Salesperson Code" varchar(20) REFERENCES "Salesperson_Purchaser" ("Code"),
    "Customer Posting Group" varchar(20) REFERENCES "Customer Posting Group" ("Code"),
    "Open" boolean NOT NULL,
    "Due Date" timestamp,
    "Closed by Entry No_" integer REFERENCES "Cust_ Ledger Entry" ("Entry No_"),
    "Transaction No_" integer NOT NULL
);

CREATE TABLE "Vendor Ledger Entry" (
    "Entry No_" integer PRIMARY KEY,
    "Vendor No_" varchar(20) NOT NULL REFERENCES "Vendor" ("No_"),
    "Posting Date" timestamp NOT NULL,
    "Document Type" integer NOT NULL,
    "Document No_" varchar(20) NOT NULL,
    "External Document No_" varchar(35),
    "Currency Code" varchar(10) REFERENCES "Currency" ("Code"),
    "Purchaser Code" varchar(20) REFERENCES "Salesperson_Purchaser" ("Code"),
    "Vendor Posting Group" varchar(20) REFERENCES "Vendor Posting Group" ("Code"),
    "Open" boolean NOT NULL,
    "Closed by Entry No_" integer REFERENCES "Vendor Ledger Entry" ("Entry No_"),
    "Transaction No_" integer NOT NULL
);

CREATE TABLE "G_L Entry" (
    "Entry No_" integer PRIMARY KEY,
    "G_L Account No_" varchar(20) NOT NULL REFERENCES "G_L Account" ("No_"),
    "Posting Date" timestamp NOT NULL,
    "Document Type" integer NOT NULL,
    "Document No_" varchar(20) NOT NULL,
    "Description" varchar(100),
    "Bal_ Account Type" integer NOT NULL,
    "Bal_ Account No_" varchar(20),
    "Amount" decimal(38, 20) NOT NULL,
    "Source Type" integer NOT NULL,
    "Source No_" varchar(20),
    "Gen_ Bus_ Posting Group" varchar(20) REFERENCES "Gen_ Business Posting Group" ("Code"),
    "Gen_ Prod_ Posting Group" varchar(20) REFERENCES "Gen_ Product Posting Group" ("Code"),
    "Transaction No_" integer NOT NULL,
    "Reversed Entry No_" integer REFERENCES "G_L Entry" ("Entry No_")
);

CREATE TABLE "Item Ledger Entry" (
    "Entry No_" integer PRIMARY KEY,
    "Item No_" varchar(20) NOT NULL REFERENCES "Item" ("No_"),
    "Posting Date" timestamp NOT NULL,
    "Entry Type" integer NOT NULL,
    "Document No_" varchar(20) NOT NULL,
    "Location Code" varchar(10) REFERENCES "Location" ("Code"),
    "Quantity" decimal(38, 20) NOT NULL,
    "Remaining Quantity" decimal(38, 20) NOT NULL,
    "Unit of Measure Code" varchar(10) REFERENCES "Unit of Measure" ("Code"),
    "Applies-to Entry" integer REFERENCES "Item Ledger Entry" ("Entry No_"),
    "Open" boolean NOT NULL
);
