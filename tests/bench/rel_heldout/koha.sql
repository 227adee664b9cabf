-- koha.sql: a twenty-second blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind22). The database of a Koha 22.x
-- integrated library system (kohastructure.sql, written here for
-- PostgreSQL): libraries and patron categories, patrons with attributes,
-- relationships, restrictions and messaging preferences, permissions,
-- bibliographic records with their biblioitems, MARC metadata and items,
-- checkouts and their history, holds, transfers, fines and payments with
-- cash registers, notices and the message queue, circulation rules,
-- acquisitions (vendors, contracts, budgets, baskets, orders, invoices),
-- serials (subscriptions and issues), lists, tags, reviews, ratings,
-- purchase suggestions, course reserves, clubs, patron lists, article
-- requests.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of Koha's kohastructure.sql,
-- trimmed.
-- Conventions: keys named <thing>number (borrowernumber, biblionumber,
-- biblioitemnumber, itemnumber, ordernumber, basketno, shelfnumber),
-- <thing>id glued (subscriptionid, serialid, invoiceid, booksellerid,
-- suggestionid, reviewid, routingid), <thing>_id, or a plain id; text codes
-- as keys (branches.branchcode, categories.categorycode,
-- itemtypes.itemtype, currency.currency, message_transport_types,
-- account_debit_types.code, borrower_attribute_types.code); links by role
-- without suffix (homebranch / holdingbranch, frombranch / tobranch,
-- suggestedby / managedby / acceptedby / rejectedby / lastmodificationby,
-- owner, guarantor_id / guarantee_id, manager_id, created_by, issuer_id,
-- budget_owner_id, shipmentcost_budgetid, currency, branch, category,
-- parent_type, numberpattern, periodicity); the acquisitions tables
-- prefixed aq; a composite FK user_permissions -> permissions.
-- The REFERENCES are the FKs kohastructure.sql declares.
-- Left without REFERENCES (Koha declares none there; the columns are kept
-- as plain values, often after the row they name is deleted):
-- statistics.borrowernumber / itemnumber / branch / itemtype /
-- categorycode and action_logs.user / object (statistics and logs),
-- issues.branchcode / old_issues.branchcode, old_issues.issue_id (the id
-- the checkout had), accountlines.issue_id, hold_fill_targets.reserve_id,
-- reserves.item_group_id (item groups left out), biblio.frameworkcode,
-- biblioitems.itemtype, items.itype / location / ccode and
-- items.booksellerid (authorised value codes and free text),
-- aqbasket.authorisedby and subscription.librarian (varchar user ids),
-- aqbasket / aqbasketgroups deliveryplace and billingplace (varchar
-- branchcodes), aqbudgets.budget_parent_id and budget_branchcode,
-- aqorders.parent_ordernumber / deleted_biblionumber,
-- aqorders_items.itemnumber (kept after the item is deleted),
-- aqinvoices.message_id, subscription.aqbooksellerid / aqbudgetid /
-- branchcode / itemtype, suggestions.itemtype / currency,
-- letter.branchcode ('' for all libraries), the *_authcat columns.

CREATE TABLE branches (
    branchcode varchar(10) NOT NULL PRIMARY KEY,
    branchname text NOT NULL,
    branchaddress1 text,
    branchcity text,
    branchzip varchar(25),
    branchcountry text,
    branchphone text,
    branchemail text,
    branchip varchar(15),
    branchnotes text,
    issuing smallint,
    pickup_location smallint NOT NULL DEFAULT 1,
    public smallint NOT NULL DEFAULT 1
);

CREATE TABLE library_groups (
    id serial PRIMARY KEY,
    parent_id integer REFERENCES library_groups (id) ON DELETE CASCADE,
    branchcode varchar(10) REFERENCES branches (branchcode) ON DELETE CASCADE,
    title varchar(100),
    description text,
    ft_hide_patron_info smallint NOT NULL DEFAULT 0,
    ft_search_groups_opac smallint NOT NULL DEFAULT 0,
    created_on timestamp,
    updated_on timestamp
);

CREATE TABLE desks (
    desk_id serial PRIMARY KEY,
    desk_name varchar(100) NOT NULL,
    branchcode varchar(10) NOT NULL REFERENCES branches (branchcode) ON DELETE CASCADE
);

CREATE TABLE categories (
    categorycode varchar(10) NOT NULL PRIMARY KEY,
    description text,
    enrolmentperiod smallint,
    enrolmentperioddate date,
    upperagelimit smallint,
    dateofbirthrequired smallint,
    enrolmentfee numeric(28, 6),
    overduenoticerequired smallint,
    reservefee numeric(28, 6),
    hidelostitems smallint NOT NULL DEFAULT 0,
    category_type varchar(1) NOT NULL DEFAULT 'A',
    checkprevcheckout varchar(7) NOT NULL DEFAULT 'inherit'
);

CREATE TABLE sms_providers (
    id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    domain varchar(255) NOT NULL
);

CREATE TABLE borrowers (
    borrowernumber serial PRIMARY KEY,
    cardnumber varchar(32) UNIQUE,
    surname text,
    firstname text,
    title text,
    othernames text,
    initials text,
    streetnumber varchar(10),
    address text,
    city text,
    zipcode varchar(25),
    country text,
    email text,
    phone text,
    mobile varchar(50),
    dateofbirth date,
    branchcode varchar(10) NOT NULL REFERENCES branches (branchcode),
    categorycode varchar(10) NOT NULL REFERENCES categories (categorycode),
    dateenrolled date,
    dateexpiry date,
    date_renewed date,
    gonenoaddress smallint,
    lost smallint,
    debarred date,
    debarredcomment varchar(255),
    contactname text,
    contactfirstname text,
    borrowernotes text,
    sex varchar(1),
    password varchar(60),
    flags integer,
    userid varchar(75) UNIQUE,
    opacnote text,
    sort1 varchar(80),
    sort2 varchar(80),
    smsalertnumber varchar(50),
    sms_provider_id integer REFERENCES sms_providers (id) ON DELETE SET NULL,
    privacy integer NOT NULL DEFAULT 1,
    privacy_guarantor_checkouts smallint NOT NULL DEFAULT 0,
    updated_on timestamp NOT NULL,
    lastseen timestamp,
    lang varchar(25) NOT NULL DEFAULT 'default',
    login_attempts integer NOT NULL DEFAULT 0,
    overdrive_auth_token text,
    anonymized smallint NOT NULL DEFAULT 0,
    autorenew_checkouts smallint NOT NULL DEFAULT 1
);

CREATE TABLE borrower_relationships (
    id serial PRIMARY KEY,
    guarantor_id integer REFERENCES borrowers (borrowernumber) ON DELETE CASCADE,
    guarantee_id integer NOT NULL REFERENCES borrowers (borrowernumber) ON DELETE CASCADE,
    relationship varchar(100) NOT NULL
);

CREATE TABLE borrower_attribute_types (
    code varchar(10) NOT NULL PRIMARY KEY,
    description varchar(255) NOT NULL,
    repeatable smallint NOT NULL DEFAULT 0,
    unique_id smallint NOT NULL DEFAULT 0,
    opac_display smallint NOT NULL DEFAULT 0,
    staff_searchable smallint NOT NULL DEFAULT 0,
    authorised_value_category varchar(32),
    display_checkout smallint NOT NULL DEFAULT 0,
    category_code varchar(10) REFERENCES categories (categorycode),
    class varchar(255) NOT NULL DEFAULT ''
);

CREATE TABLE borrower_attributes (
    id serial PRIMARY KEY,
    borrowernumber integer NOT NULL REFERENCES borrowers (borrowernumber) ON DELETE CASCADE,
    code varchar(10) NOT NULL REFERENCES borrower_attribute_types (code) ON DELETE CASCADE,
    attribute varchar(255)
);

CREATE TABLE borrower_debarments (
    borrower_debarment_id serial PRIMARY KEY,
    borrowernumber integer NOT NULL REFERENCES borrowers (borrowernumber) ON DELETE CASCADE,
    expiration date,
    type varchar(50) NOT NULL DEFAULT 'MANUAL',
    comment text,
    manager_id integer REFERENCES borrowers (borrowernumber) ON DELETE SET NULL,
    created timestamp NOT NULL,
    updated timestamp
);

CREATE TABLE userflags (
    bit integer NOT NULL PRIMARY KEY,
    flag varchar(30),
    flagdesc varchar(255),
    defaulton integer
);

CREATE TABLE permissions (
    module_bit integer NOT NULL REFERENCES userflags (bit) ON DELETE CASCADE,
    code varchar(64) NOT NULL,
    description varchar(255),
    PRIMARY KEY (module_bit, code)
);

CREATE TABLE user_permissions (
    borrowernumber integer NOT NULL REFERENCES borrowers (borrowernumber) ON DELETE CASCADE,
    module_bit integer NOT NULL,
    code varchar(64) NOT NULL,
    FOREIGN KEY (module_bit, code) REFERENCES permissions (module_bit, code) ON DELETE CASCADE
);

CREATE TABLE itemtypes (
    itemtype varchar(10) NOT NULL PRIMARY KEY,
    parent_type varchar(10) REFERENCES itemtypes (itemtype) ON UPDATE CASCADE,
    description text,
    rentalcharge numeric(28, 6),
    defaultreplacecost numeric(28, 6),
    processfee numeric(28, 6),
    notforloan smallint,
    imageurl varchar(200),
    summary text,
    checkinmsg varchar(255),
    sip_media_type varchar(3),
    hideinopac smallint NOT NULL DEFAULT 0,
    searchcategory varchar(80),
    automatic_checkin smallint NOT NULL DEFAULT 0
);

CREATE TABLE authorised_value_categories (
    category_name varchar(32) NOT NULL PRIMARY KEY,
    is_system smallint DEFAULT 0
);

CREATE TABLE authorised_values (
    id serial PRIMARY KEY,
    category varchar(32) NOT NULL REFERENCES authorised_value_categories (category_name) ON UPDATE CASCADE,
    authorised_value varchar(80) NOT NULL,
    lib varchar(200),
    lib_opac varchar(200),
    imageurl varchar(200)
);

CREATE TABLE biblio_framework (
    frameworkcode varchar(4) NOT NULL PRIMARY KEY,
    frameworktext varchar(255) NOT NULL
);

CREATE TABLE biblio (
    biblionumber serial PRIMARY KEY,
    frameworkcode varchar(4) NOT NULL DEFAULT '',
    author text,
    title text,
    medium text,
    subtitle text,
    part_number text,
    part_name text,
    unititle text,
    notes text,
    serial smallint,
    seriestitle text,
    copyrightdate smallint,
    timestamp timestamp NOT NULL,
    datecreated date NOT NULL,
    abstract text
);

CREATE TABLE biblioitems (
    biblioitemnumber serial PRIMARY KEY,
    biblionumber integer NOT NULL REFERENCES biblio (biblionumber) ON DELETE CASCADE,
    volume text,
    number text,
    itemtype varchar(10),
    isbn text,
    issn text,
    ean text,
    publicationyear text,
    publishercode varchar(255),
    volumedate date,
    collectiontitle text,
    editionstatement text,
    illus varchar(255),
    pages varchar(255),
    notes text,
    size varchar(255),
    place varchar(255),
    lccn varchar(25),
    url text,
    cn_source varchar(10),
    cn_class varchar(30),
    agerestriction varchar(255),
    totalissues integer,
    timestamp timestamp NOT NULL
);

CREATE TABLE biblio_metadata (
    id serial PRIMARY KEY,
    biblionumber integer NOT NULL REFERENCES biblio (biblionumber) ON DELETE CASCADE,
    format varchar(16) NOT NULL,
    schema varchar(16) NOT NULL,
    metadata text NOT NULL,
    timestamp timestamp NOT NULL
);

CREATE TABLE items (
    itemnumber serial PRIMARY KEY,
    biblionumber integer NOT NULL REFERENCES biblio (biblionumber) ON DELETE CASCADE,
    biblioitemnumber integer NOT NULL REFERENCES biblioitems (biblioitemnumber) ON DELETE CASCADE,
    barcode varchar(20) UNIQUE,
    dateaccessioned date,
    booksellerid text,
    homebranch varchar(10) REFERENCES branches (branchcode),
    price numeric(8, 2),
    replacementprice numeric(8, 2),
    replacementpricedate date,
    datelastborrowed date,
    datelastseen date,
    stack smallint,
    notforloan smallint NOT NULL DEFAULT 0,
    damaged smallint NOT NULL DEFAULT 0,
    itemlost smallint NOT NULL DEFAULT 0,
    withdrawn smallint NOT NULL DEFAULT 0,
    itemcallnumber varchar(255),
    coded_location_qualifier varchar(10),
    issues smallint,
    renewals smallint,
    reserves smallint,
    restricted smallint,
    itemnotes text,
    itemnotes_nonpublic text,
    holdingbranch varchar(10) REFERENCES branches (branchcode),
    timestamp timestamp NOT NULL,
    location varchar(80),
    permanent_location varchar(80),
    onloan date,
    cn_source varchar(10),
    cn_sort varchar(255),
    ccode varchar(80),
    materials text,
    uri text,
    itype varchar(10),
    more_subfields_xml text,
    enumchron text,
    copynumber varchar(32),
    stocknumber varchar(32),
    new_status varchar(32),
    exclude_from_local_holds_priority smallint
);

CREATE TABLE issues (
    issue_id serial PRIMARY KEY,
    borrowernumber integer REFERENCES borrowers (borrowernumber) ON DELETE RESTRICT,
    issuer_id integer REFERENCES borrowers (borrowernumber) ON DELETE SET NULL,
    itemnumber integer UNIQUE REFERENCES items (itemnumber) ON DELETE RESTRICT,
    date_due timestamp,
    branchcode varchar(10),
    returndate timestamp,
    lastreneweddate timestamp,
    renewals_count smallint NOT NULL DEFAULT 0,
    unseen_renewals smallint NOT NULL DEFAULT 0,
    auto_renew smallint DEFAULT 0,
    auto_renew_error varchar(32),
    timestamp timestamp NOT NULL,
    issuedate timestamp,
    onsite_checkout integer NOT NULL DEFAULT 0,
    note text,
    notedate timestamp,
    noteseen integer
);

CREATE TABLE old_issues (
    issue_id integer NOT NULL PRIMARY KEY,
    borrowernumber integer REFERENCES borrowers (borrowernumber) ON DELETE SET NULL,
    issuer_id integer REFERENCES borrowers (borrowernumber) ON DELETE SET NULL,
    itemnumber integer REFERENCES items (itemnumber) ON DELETE SET NULL,
    date_due timestamp,
    branchcode varchar(10),
    returndate timestamp,
    lastreneweddate timestamp,
    renewals_count smallint NOT NULL DEFAULT 0,
    auto_renew smallint DEFAULT 0,
    timestamp timestamp NOT NULL,
    issuedate timestamp,
    onsite_checkout integer NOT NULL DEFAULT 0,
    note text
);

CREATE TABLE items_last_borrower (
    id serial PRIMARY KEY,
    itemnumber integer NOT NULL UNIQUE REFERENCES items (itemnumber) ON DELETE CASCADE,
    borrowernumber integer NOT NULL REFERENCES borrowers (borrowernumber) ON DELETE CASCADE,
    created_on timestamp NOT NULL
);

CREATE TABLE reserves (
    reserve_id serial PRIMARY KEY,
    borrowernumber integer NOT NULL REFERENCES borrowers (borrowernumber) ON DELETE CASCADE,
    reservedate date,
    biblionumber integer NOT NULL REFERENCES biblio (biblionumber) ON DELETE CASCADE,
    item_group_id integer,
    branchcode varchar(10) NOT NULL REFERENCES branches (branchcode) ON DELETE CASCADE,
    desk_id integer REFERENCES desks (desk_id) ON DELETE SET NULL,
    notificationdate date,
    reminderdate date,
    cancellationdate date,
    cancellation_reason varchar(80),
    reservenotes text,
    priority smallint NOT NULL DEFAULT 1,
    found varchar(1),
    timestamp timestamp NOT NULL,
    itemnumber integer REFERENCES items (itemnumber) ON DELETE CASCADE,
    waitingdate date,
    expirationdate date,
    patron_expiration_date date,
    lowestpriority smallint NOT NULL DEFAULT 0,
    suspend smallint NOT NULL DEFAULT 0,
    suspend_until timestamp,
    itemtype varchar(10) REFERENCES itemtypes (itemtype) ON DELETE CASCADE,
    item_level_hold smallint NOT NULL DEFAULT 0,
    non_priority smallint NOT NULL DEFAULT 0
);

CREATE TABLE hold_fill_targets (
    borrowernumber integer NOT NULL REFERENCES borrowers (borrowernumber) ON DELETE CASCADE,
    biblionumber integer NOT NULL REFERENCES biblio (biblionumber) ON DELETE CASCADE,
    itemnumber integer NOT NULL PRIMARY KEY REFERENCES items (itemnumber) ON DELETE CASCADE,
    source_branchcode varchar(10) REFERENCES branches (branchcode) ON DELETE CASCADE,
    item_level_request smallint NOT NULL DEFAULT 0,
    reserve_id integer
);

CREATE TABLE branchtransfers (
    branchtransfer_id serial PRIMARY KEY,
    itemnumber integer NOT NULL REFERENCES items (itemnumber) ON DELETE CASCADE,
    daterequested timestamp NOT NULL,
    datesent timestamp,
    frombranch varchar(10) NOT NULL REFERENCES branches (branchcode) ON DELETE CASCADE,
    datearrived timestamp,
    datecancelled timestamp,
    tobranch varchar(10) NOT NULL REFERENCES branches (branchcode) ON DELETE CASCADE,
    comments text,
    reason varchar(30),
    cancellation_reason varchar(30)
);

CREATE TABLE account_debit_types (
    code varchar(80) NOT NULL PRIMARY KEY,
    description varchar(200),
    can_be_invoiced smallint NOT NULL DEFAULT 1,
    can_be_sold smallint NOT NULL DEFAULT 0,
    default_amount numeric(28, 6),
    is_system smallint NOT NULL DEFAULT 0,
    archived smallint NOT NULL DEFAULT 0
);

CREATE TABLE account_credit_types (
    code varchar(80) NOT NULL PRIMARY KEY,
    description varchar(200),
    can_be_added_manually smallint NOT NULL DEFAULT 1,
    credit_number_enabled smallint NOT NULL DEFAULT 0,
    is_system smallint NOT NULL DEFAULT 0,
    archived smallint NOT NULL DEFAULT 0
);

CREATE TABLE cash_registers (
    id serial PRIMARY KEY,
    name varchar(24) NOT NULL,
    description text NOT NULL,
    branch varchar(10) NOT NULL REFERENCES branches (branchcode) ON UPDATE CASCADE,
    branch_default smallint NOT NULL DEFAULT 0,
    starting_float numeric(28, 6),
    archived smallint NOT NULL DEFAULT 0
);

CREATE TABLE cash_register_actions (
    id serial PRIMARY KEY,
    code varchar(24) NOT NULL,
    register_id integer NOT NULL REFERENCES cash_registers (id) ON UPDATE CASCADE,
    manager_id integer NOT NULL REFERENCES borrowers (borrowernumber) ON UPDATE CASCADE,
    amount numeric(28, 6),
    timestamp timestamp NOT NULL
);

CREATE TABLE accountlines (
    accountlines_id serial PRIMARY KEY,
    issue_id integer,
    borrowernumber integer REFERENCES borrowers (borrowernumber) ON DELETE SET NULL,
    itemnumber integer REFERENCES items (itemnumber) ON DELETE SET NULL,
    date timestamp,
    amount numeric(28, 6),
    description text,
    credit_type_code varchar(80) REFERENCES account_credit_types (code) ON UPDATE CASCADE,
    debit_type_code varchar(80) REFERENCES account_debit_types (code) ON UPDATE CASCADE,
    credit_number varchar(20),
    status varchar(16),
    payment_type varchar(80),
    amountoutstanding numeric(28, 6),
    timestamp timestamp NOT NULL,
    note text,
    manager_id integer REFERENCES borrowers (borrowernumber) ON DELETE SET NULL,
    register_id integer REFERENCES cash_registers (id) ON UPDATE CASCADE,
    interface varchar(16) NOT NULL,
    branchcode varchar(10) REFERENCES branches (branchcode) ON DELETE SET NULL
);

CREATE TABLE account_offsets (
    id serial PRIMARY KEY,
    credit_id integer REFERENCES accountlines (accountlines_id) ON DELETE CASCADE,
    debit_id integer REFERENCES accountlines (accountlines_id) ON DELETE CASCADE,
    type varchar(16) NOT NULL,
    amount numeric(26, 6) NOT NULL,
    created_on timestamp NOT NULL
);

CREATE TABLE statistics (
    datetime timestamp,
    branch varchar(10),
    value double precision,
    type varchar(16),
    other text,
    itemnumber integer,
    itemtype varchar(10),
    location varchar(80),
    borrowernumber integer,
    ccode varchar(80),
    categorycode varchar(10),
    interface varchar(30)
);

CREATE TABLE action_logs (
    action_id serial PRIMARY KEY,
    timestamp timestamp NOT NULL,
    "user" integer NOT NULL DEFAULT 0,
    module text,
    action text,
    object integer,
    info text,
    interface varchar(16),
    script varchar(255),
    trace text
);

CREATE TABLE circulation_rules (
    id serial PRIMARY KEY,
    branchcode varchar(10) REFERENCES branches (branchcode) ON DELETE CASCADE,
    categorycode varchar(10) REFERENCES categories (categorycode) ON DELETE CASCADE,
    itemtype varchar(10) REFERENCES itemtypes (itemtype) ON DELETE CASCADE,
    rule_name varchar(32) NOT NULL,
    rule_value varchar(32) NOT NULL
);

CREATE TABLE letter (
    id serial PRIMARY KEY,
    module varchar(20) NOT NULL DEFAULT '',
    code varchar(20) NOT NULL DEFAULT '',
    branchcode varchar(10) NOT NULL DEFAULT '',
    name varchar(100) NOT NULL DEFAULT '',
    is_html smallint DEFAULT 0,
    title varchar(200) NOT NULL DEFAULT '',
    content text,
    message_transport_type varchar(20) NOT NULL DEFAULT 'email',
    lang varchar(25) NOT NULL DEFAULT 'default',
    updated_on timestamp NOT NULL
);

CREATE TABLE message_transport_types (
    message_transport_type varchar(20) NOT NULL PRIMARY KEY
);

CREATE TABLE message_attributes (
    message_attribute_id serial PRIMARY KEY,
    message_name varchar(40) NOT NULL UNIQUE,
    takes_days smallint NOT NULL DEFAULT 0
);

CREATE TABLE message_queue (
    message_id serial PRIMARY KEY,
    letter_id integer REFERENCES letter (id) ON DELETE SET NULL,
    borrowernumber integer REFERENCES borrowers (borrowernumber) ON DELETE CASCADE,
    subject text,
    content text,
    metadata text,
    letter_code varchar(64),
    message_transport_type varchar(20) NOT NULL REFERENCES message_transport_types (message_transport_type) ON UPDATE CASCADE,
    status varchar(20) NOT NULL DEFAULT 'pending',
    time_queued timestamp,
    updated_on timestamp NOT NULL,
    to_address text,
    from_address text,
    reply_address text,
    content_type text,
    failure_code text
);

CREATE TABLE borrower_message_preferences (
    borrower_message_preference_id serial PRIMARY KEY,
    borrowernumber integer REFERENCES borrowers (borrowernumber) ON DELETE CASCADE,
    categorycode varchar(10) REFERENCES categories (categorycode) ON DELETE CASCADE,
    message_attribute_id integer DEFAULT 0 REFERENCES message_attributes (message_attribute_id) ON DELETE CASCADE,
    days_in_advance integer,
    wants_digest smallint NOT NULL DEFAULT 0
);

CREATE TABLE borrower_message_transport_preferences (
    borrower_message_preference_id integer NOT NULL REFERENCES borrower_message_preferences (borrower_message_preference_id) ON DELETE CASCADE,
    message_transport_type varchar(20) NOT NULL REFERENCES message_transport_types (message_transport_type) ON DELETE CASCADE,
    PRIMARY KEY (borrower_message_preference_id, message_transport_type)
);

CREATE TABLE currency (
    currency varchar(10) NOT NULL PRIMARY KEY,
    symbol varchar(5),
    isocode varchar(5),
    timestamp timestamp NOT NULL,
    rate numeric(15, 5),
    active smallint,
    archived smallint DEFAULT 0,
    p_sep_by_space smallint DEFAULT 0
);

CREATE TABLE aqbooksellers (
    id serial PRIMARY KEY,
    name text NOT NULL,
    address1 text,
    address2 text,
    phone varchar(50),
    accountnumber text,
    type varchar(255),
    notes text,
    postal text,
    url varchar(255),
    active smallint,
    listprice varchar(10) REFERENCES currency (currency) ON UPDATE CASCADE,
    invoiceprice varchar(10) REFERENCES currency (currency) ON UPDATE CASCADE,
    gstreg smallint,
    listincgst smallint,
    invoiceincgst smallint,
    tax_rate numeric(6, 4),
    discount numeric(6, 4),
    fax varchar(50),
    deliverytime integer
);

CREATE TABLE aqcontacts (
    id serial PRIMARY KEY,
    name varchar(100),
    position varchar(100),
    phone varchar(100),
    email varchar(100),
    notes text,
    orderacquisition smallint NOT NULL DEFAULT 0,
    claimacquisition smallint NOT NULL DEFAULT 0,
    claimissues smallint NOT NULL DEFAULT 0,
    booksellerid integer NOT NULL REFERENCES aqbooksellers (id) ON DELETE CASCADE
);

CREATE TABLE aqcontract (
    contractnumber serial PRIMARY KEY,
    contractstartdate date,
    contractenddate date,
    contractname varchar(50),
    contractdescription text,
    booksellerid integer NOT NULL REFERENCES aqbooksellers (id) ON DELETE CASCADE
);

CREATE TABLE aqbudgetperiods (
    budget_period_id serial PRIMARY KEY,
    budget_period_startdate date NOT NULL,
    budget_period_enddate date NOT NULL,
    budget_period_active smallint DEFAULT 0,
    budget_period_description text,
    budget_period_total numeric(28, 6),
    budget_period_locked smallint,
    sort1_authcat varchar(10),
    sort2_authcat varchar(10)
);

CREATE TABLE aqbudgets (
    budget_id serial PRIMARY KEY,
    budget_parent_id integer,
    budget_code varchar(30),
    budget_name varchar(80),
    budget_branchcode varchar(10),
    budget_amount numeric(28, 6) DEFAULT 0,
    budget_encumb numeric(28, 6) DEFAULT 0,
    budget_expend numeric(28, 6) DEFAULT 0,
    budget_notes text,
    timestamp timestamp NOT NULL,
    budget_period_id integer REFERENCES aqbudgetperiods (budget_period_id) ON DELETE CASCADE,
    sort1_authcat varchar(80),
    sort2_authcat varchar(80),
    budget_owner_id integer REFERENCES borrowers (borrowernumber) ON DELETE SET NULL,
    budget_permission integer DEFAULT 0
);

CREATE TABLE aqbasketgroups (
    id serial PRIMARY KEY,
    name varchar(50),
    closed smallint,
    booksellerid integer NOT NULL REFERENCES aqbooksellers (id) ON DELETE CASCADE,
    deliveryplace varchar(10),
    freedeliveryplace text,
    deliverycomment varchar(255),
    billingplace varchar(10)
);

CREATE TABLE aqbasket (
    basketno serial PRIMARY KEY,
    basketname varchar(50),
    note text,
    booksellernote text,
    contractnumber integer REFERENCES aqcontract (contractnumber),
    creationdate date,
    closedate date,
    booksellerid integer NOT NULL REFERENCES aqbooksellers (id) ON UPDATE CASCADE,
    authorisedby varchar(10),
    booksellerinvoicenumber text,
    basketgroupid integer REFERENCES aqbasketgroups (id) ON DELETE SET NULL,
    deliveryplace varchar(10),
    billingplace varchar(10),
    branch varchar(10) REFERENCES branches (branchcode) ON DELETE SET NULL,
    is_standing smallint NOT NULL DEFAULT 0,
    create_items varchar(10)
);

CREATE TABLE aqinvoices (
    invoiceid serial PRIMARY KEY,
    invoicenumber text NOT NULL,
    booksellerid integer NOT NULL REFERENCES aqbooksellers (id) ON DELETE CASCADE,
    shipmentdate date,
    billingdate date,
    closedate date,
    shipmentcost numeric(28, 6),
    shipmentcost_budgetid integer REFERENCES aqbudgets (budget_id) ON DELETE SET NULL,
    message_id integer,
    currency varchar(10) REFERENCES currency (currency) ON DELETE SET NULL
);

CREATE TABLE subscription_frequencies (
    id serial PRIMARY KEY,
    description text NOT NULL,
    displayorder integer,
    unit varchar(16),
    unitsperissue integer NOT NULL DEFAULT 1,
    issuesperunit integer NOT NULL DEFAULT 1
);

CREATE TABLE subscription_numberpatterns (
    id serial PRIMARY KEY,
    label varchar(255) NOT NULL,
    displayorder integer,
    description text NOT NULL,
    numberingmethod varchar(255) NOT NULL,
    label1 varchar(255),
    add1 integer,
    every1 integer,
    whenmorethan1 integer,
    numbering1 varchar(255)
);

CREATE TABLE subscription (
    biblionumber integer NOT NULL REFERENCES biblio (biblionumber) ON DELETE CASCADE,
    subscriptionid serial PRIMARY KEY,
    librarian varchar(100) DEFAULT '',
    startdate date,
    aqbooksellerid integer DEFAULT 0,
    cost integer DEFAULT 0,
    aqbudgetid integer DEFAULT 0,
    weeklength integer DEFAULT 0,
    monthlength integer DEFAULT 0,
    numberlength integer DEFAULT 0,
    periodicity integer REFERENCES subscription_frequencies (id) ON DELETE SET NULL,
    countissuesperunit integer NOT NULL DEFAULT 1,
    notes text,
    status varchar(100) NOT NULL DEFAULT '',
    lastvalue1 integer,
    innerloop1 integer DEFAULT 0,
    firstacquidate date,
    manualhistory smallint NOT NULL DEFAULT 0,
    irregularity text,
    skip_serialseq smallint NOT NULL DEFAULT 0,
    letter varchar(20),
    numberpattern integer REFERENCES subscription_numberpatterns (id) ON DELETE SET NULL,
    locale varchar(80),
    distributedto text,
    internalnotes text,
    callnumber text,
    location varchar(80) DEFAULT '',
    branchcode varchar(10) NOT NULL DEFAULT '',
    lastbranch varchar(10),
    serialsadditems smallint NOT NULL DEFAULT 0,
    staffdisplaycount varchar(10),
    opacdisplaycount varchar(10),
    graceperiod integer NOT NULL DEFAULT 0,
    enddate date,
    closed integer NOT NULL DEFAULT 0,
    reneweddate date,
    itemtype varchar(10),
    previousitemtype varchar(10),
    mana_id integer
);

CREATE TABLE serial (
    serialid serial PRIMARY KEY,
    biblionumber integer NOT NULL REFERENCES biblio (biblionumber) ON DELETE CASCADE,
    subscriptionid integer NOT NULL REFERENCES subscription (subscriptionid) ON DELETE CASCADE,
    serialseq varchar(100) NOT NULL DEFAULT '',
    serialseq_x varchar(100),
    serialseq_y varchar(100),
    serialseq_z varchar(100),
    status smallint NOT NULL DEFAULT 0,
    planneddate date,
    notes text,
    publisheddate date,
    publisheddatetext varchar(100),
    claimdate date,
    claims_count integer DEFAULT 0,
    routingnotes text
);

CREATE TABLE subscriptionhistory (
    biblionumber integer NOT NULL REFERENCES biblio (biblionumber) ON DELETE CASCADE,
    subscriptionid integer NOT NULL PRIMARY KEY REFERENCES subscription (subscriptionid) ON DELETE CASCADE,
    histstartdate date,
    histenddate date,
    missinglist text NOT NULL,
    recievedlist text NOT NULL,
    opacnote text,
    librariannote text
);

CREATE TABLE subscriptionroutinglist (
    routingid serial PRIMARY KEY,
    borrowernumber integer NOT NULL REFERENCES borrowers (borrowernumber) ON DELETE CASCADE,
    ranking integer,
    subscriptionid integer NOT NULL REFERENCES subscription (subscriptionid) ON DELETE CASCADE
);

CREATE TABLE aqorders (
    ordernumber serial PRIMARY KEY,
    biblionumber integer REFERENCES biblio (biblionumber) ON DELETE SET NULL,
    deleted_biblionumber integer,
    entrydate date,
    quantity smallint,
    currency varchar(10) REFERENCES currency (currency) ON DELETE SET NULL,
    listprice numeric(28, 6),
    datereceived date,
    invoiceid integer REFERENCES aqinvoices (invoiceid) ON DELETE CASCADE,
    datecancellationprinted date,
    cancellationreason text,
    order_internalnote text,
    order_vendornote text,
    purchaseordernumber text,
    basketno integer REFERENCES aqbasket (basketno) ON DELETE CASCADE,
    created_by integer REFERENCES borrowers (borrowernumber) ON DELETE SET NULL,
    timestamp timestamp NOT NULL,
    rrp numeric(13, 2),
    ecost numeric(13, 2),
    unitprice numeric(28, 6),
    quantityreceived smallint NOT NULL DEFAULT 0,
    budget_id integer NOT NULL REFERENCES aqbudgets (budget_id) ON UPDATE CASCADE,
    budgetdate date,
    sort1 varchar(80),
    sort2 varchar(80),
    uncertainprice smallint,
    subscriptionid integer REFERENCES subscription (subscriptionid) ON DELETE CASCADE,
    parent_ordernumber integer,
    orderstatus varchar(16) DEFAULT 'new',
    line_item_id varchar(35),
    suppliers_reference_number varchar(35),
    claims_count integer DEFAULT 0,
    claimed_date date
);

CREATE TABLE aqorder_users (
    ordernumber integer NOT NULL REFERENCES aqorders (ordernumber) ON DELETE CASCADE,
    borrowernumber integer NOT NULL REFERENCES borrowers (borrowernumber) ON DELETE CASCADE,
    PRIMARY KEY (ordernumber, borrowernumber)
);

CREATE TABLE aqorders_items (
    ordernumber integer NOT NULL REFERENCES aqorders (ordernumber) ON DELETE CASCADE,
    itemnumber integer NOT NULL PRIMARY KEY,
    timestamp timestamp NOT NULL
);

CREATE TABLE suggestions (
    suggestionid serial PRIMARY KEY,
    suggestedby integer REFERENCES borrowers (borrowernumber) ON DELETE SET NULL,
    suggesteddate date NOT NULL,
    managedby integer REFERENCES borrowers (borrowernumber) ON DELETE SET NULL,
    manageddate date,
    acceptedby integer REFERENCES borrowers (borrowernumber) ON DELETE SET NULL,
    accepteddate date,
    rejectedby integer REFERENCES borrowers (borrowernumber) ON DELETE SET NULL,
    rejecteddate date,
    lastmodificationby integer REFERENCES borrowers (borrowernumber) ON DELETE SET NULL,
    lastmodificationdate date,
    "STATUS" varchar(10) NOT NULL DEFAULT '',
    note text,
    author varchar(80),
    title varchar(255),
    copyrightdate smallint,
    publishercode varchar(255),
    volumedesc varchar(255),
    isbn varchar(30),
    biblionumber integer REFERENCES biblio (biblionumber) ON DELETE SET NULL,
    reason text,
    budgetid integer REFERENCES aqbudgets (budget_id) ON DELETE SET NULL,
    branchcode varchar(10) REFERENCES branches (branchcode) ON DELETE SET NULL,
    collectiontitle text,
    itemtype varchar(30),
    quantity smallint,
    currency varchar(10),
    price numeric(28, 6),
    total numeric(28, 6)
);

CREATE TABLE virtualshelves (
    shelfnumber serial PRIMARY KEY,
    shelfname varchar(255),
    owner integer REFERENCES borrowers (borrowernumber) ON DELETE SET NULL,
    public smallint NOT NULL DEFAULT 0,
    sortfield varchar(16) DEFAULT 'title',
    lastmodified timestamp NOT NULL,
    created_on timestamp NOT NULL,
    allow_change_from_owner smallint DEFAULT 1,
    allow_change_from_others smallint DEFAULT 0,
    allow_change_from_staff smallint DEFAULT 0
);

CREATE TABLE virtualshelfcontents (
    shelfnumber integer NOT NULL REFERENCES virtualshelves (shelfnumber) ON DELETE CASCADE,
    biblionumber integer NOT NULL REFERENCES biblio (biblionumber) ON DELETE CASCADE,
    flags integer,
    dateadded timestamp NOT NULL,
    borrowernumber integer REFERENCES borrowers (borrowernumber) ON DELETE SET NULL
);

CREATE TABLE virtualshelfshares (
    id serial PRIMARY KEY,
    shelfnumber integer NOT NULL REFERENCES virtualshelves (shelfnumber) ON DELETE CASCADE,
    borrowernumber integer REFERENCES borrowers (borrowernumber) ON DELETE SET NULL,
    invitekey varchar(10),
    sharedate timestamp
);

CREATE TABLE reviews (
    reviewid serial PRIMARY KEY,
    borrowernumber integer REFERENCES borrowers (borrowernumber) ON DELETE SET NULL,
    biblionumber integer REFERENCES biblio (biblionumber) ON DELETE CASCADE,
    review text,
    approved smallint DEFAULT 0,
    datereviewed timestamp
);

CREATE TABLE ratings (
    borrowernumber integer NOT NULL REFERENCES borrowers (borrowernumber) ON DELETE CASCADE,
    biblionumber integer NOT NULL REFERENCES biblio (biblionumber) ON DELETE CASCADE,
    rating_value smallint NOT NULL,
    timestamp timestamp NOT NULL,
    PRIMARY KEY (borrowernumber, biblionumber)
);

CREATE TABLE tags_all (
    tag_id serial PRIMARY KEY,
    borrowernumber integer REFERENCES borrowers (borrowernumber) ON DELETE SET NULL,
    biblionumber integer NOT NULL REFERENCES biblio (biblionumber) ON DELETE CASCADE,
    term varchar(191) NOT NULL,
    language integer,
    date_created timestamp NOT NULL
);

CREATE TABLE tags_approval (
    term varchar(191) NOT NULL PRIMARY KEY,
    approved integer NOT NULL DEFAULT 0,
    date_approved timestamp,
    approved_by integer REFERENCES borrowers (borrowernumber) ON DELETE SET NULL,
    weight_total integer NOT NULL DEFAULT 1
);

CREATE TABLE tags_index (
    term varchar(191) NOT NULL REFERENCES tags_approval (term) ON DELETE CASCADE,
    biblionumber integer NOT NULL REFERENCES biblio (biblionumber) ON DELETE CASCADE,
    weight integer NOT NULL DEFAULT 1,
    PRIMARY KEY (term, biblionumber)
);

CREATE TABLE courses (
    course_id serial PRIMARY KEY,
    department varchar(80),
    course_number varchar(255),
    section varchar(255),
    course_name varchar(255),
    term varchar(80),
    staff_note text,
    public_note text,
    students_count varchar(20),
    enabled varchar(3) NOT NULL DEFAULT 'yes',
    timestamp timestamp NOT NULL
);

CREATE TABLE course_instructors (
    course_id integer NOT NULL REFERENCES courses (course_id) ON DELETE CASCADE,
    borrowernumber integer NOT NULL REFERENCES borrowers (borrowernumber) ON DELETE CASCADE,
    PRIMARY KEY (course_id, borrowernumber)
);

CREATE TABLE course_items (
    ci_id serial PRIMARY KEY,
    itemnumber integer UNIQUE REFERENCES items (itemnumber) ON DELETE CASCADE,
    biblionumber integer NOT NULL REFERENCES biblio (biblionumber) ON DELETE CASCADE,
    itype varchar(10) REFERENCES itemtypes (itemtype) ON DELETE CASCADE,
    itype_enabled smallint NOT NULL DEFAULT 0,
    itype_storage varchar(10) REFERENCES itemtypes (itemtype) ON DELETE CASCADE,
    ccode varchar(80),
    ccode_enabled smallint NOT NULL DEFAULT 0,
    homebranch varchar(10) REFERENCES branches (branchcode) ON DELETE CASCADE,
    homebranch_enabled smallint NOT NULL DEFAULT 0,
    homebranch_storage varchar(10) REFERENCES branches (branchcode) ON DELETE CASCADE,
    holdingbranch varchar(10) REFERENCES branches (branchcode) ON DELETE CASCADE,
    holdingbranch_enabled smallint NOT NULL DEFAULT 0,
    location varchar(80),
    enabled varchar(3) NOT NULL DEFAULT 'no',
    timestamp timestamp NOT NULL
);

CREATE TABLE course_reserves (
    cr_id serial PRIMARY KEY,
    course_id integer NOT NULL REFERENCES courses (course_id),
    ci_id integer NOT NULL REFERENCES course_items (ci_id) ON DELETE CASCADE,
    staff_note text,
    public_note text,
    timestamp timestamp NOT NULL
);

CREATE TABLE club_templates (
    id serial PRIMARY KEY,
    name text NOT NULL,
    description text,
    is_enrollable_from_opac smallint NOT NULL DEFAULT 0,
    is_email_required smallint NOT NULL DEFAULT 0,
    branchcode varchar(10) REFERENCES branches (branchcode) ON DELETE SET NULL,
    date_created timestamp NOT NULL,
    date_updated timestamp,
    is_deletable smallint NOT NULL DEFAULT 1
);

CREATE TABLE clubs (
    id serial PRIMARY KEY,
    club_template_id integer NOT NULL REFERENCES club_templates (id) ON DELETE CASCADE,
    name text NOT NULL,
    description text,
    date_start date,
    date_end date,
    branchcode varchar(10) REFERENCES branches (branchcode),
    date_created timestamp NOT NULL,
    date_updated timestamp
);

CREATE TABLE club_enrollments (
    id serial PRIMARY KEY,
    club_id integer NOT NULL REFERENCES clubs (id) ON DELETE CASCADE,
    borrowernumber integer NOT NULL REFERENCES borrowers (borrowernumber) ON DELETE CASCADE,
    date_enrolled timestamp NOT NULL,
    date_canceled timestamp,
    date_created timestamp,
    date_updated timestamp,
    branchcode varchar(10) REFERENCES branches (branchcode) ON DELETE SET NULL
);

CREATE TABLE patron_lists (
    patron_list_id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    owner integer NOT NULL REFERENCES borrowers (borrowernumber) ON DELETE CASCADE,
    shared smallint DEFAULT 0
);

CREATE TABLE patron_list_patrons (
    patron_list_patron_id serial PRIMARY KEY,
    patron_list_id integer NOT NULL REFERENCES patron_lists (patron_list_id) ON DELETE CASCADE,
    borrowernumber integer NOT NULL REFERENCES borrowers (borrowernumber) ON DELETE CASCADE
);

CREATE TABLE article_requests (
    id serial PRIMARY KEY,
    borrowernumber integer NOT NULL REFERENCES borrowers (borrowernumber) ON DELETE CASCADE,
    biblionumber integer NOT NULL REFERENCES biblio (biblionumber) ON DELETE CASCADE,
    itemnumber integer REFERENCES items (itemnumber) ON DELETE SET NULL,
    branchcode varchar(10) REFERENCES branches (branchcode) ON DELETE SET NULL,
    title text,
    author text,
    volume text,
    issue text,
    date text,
    pages text,
    chapters text,
    patron_notes text,
    status varchar(10) NOT NULL DEFAULT 'REQUESTED',
    notes text,
    format varchar(5) NOT NULL DEFAULT 'PHOTOCOPY',
    urls text,
    cancellation_reason varchar(80),
    debit_id integer REFERENCES accountlines (accountlines_id) ON DELETE SET NULL,
    created_on timestamp,
    updated_on timestamp
);
