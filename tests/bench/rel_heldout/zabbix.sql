-- zabbix.sql: an eighth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind8). The configuration and event
-- tables of a Zabbix-style monitoring server, written for this bench by an
-- author who had read neither the inference code nor its unit tests.
-- Zabbix conventions: bigint keys named after the table's entity with no
-- separator (hosts.hostid, items.itemid, triggers.triggerid,
-- media_type.mediatypeid, usrgrp.usrgrpid, hstgrp.groupid) and references
-- of the same spelling (hostid, itemid, triggerid, graphid, actionid,
-- eventid, userid, mediatypeid, valuemapid, interfaceid, maintenanceid,
-- operationid, correlationid); roles written the same way (proxy_hostid,
-- templateid on hosts, items, triggers and graphs, master_itemid,
-- parent_itemid, ymin_itemid / ymax_itemid, triggerid_down / triggerid_up,
-- r_eventid, c_eventid, p_eventid, cause_eventid, discovery_groupid,
-- alert_usrgrpid); rights.groupid is a user group and rights.id a host
-- group; host_inventory, opmessage, problem and event_recovery are keyed by
-- their parent's key. events.objectid and problem.objectid name a trigger,
-- an item or a discovered host depending on `object`: polymorphic, not
-- declared. Zabbix itself declares no key on its history tables;
-- history_uint.itemid is declared here, being a link.
-- The declared foreign keys are the truth (written inline so that SQLite
-- reads them; Zabbix's own scripts add them with ALTER TABLE at the end).

CREATE TABLE role (
    roleid bigint NOT NULL,
    name varchar(255) DEFAULT '' NOT NULL,
    type integer DEFAULT '0' NOT NULL,
    readonly integer DEFAULT '0' NOT NULL,
    PRIMARY KEY (roleid)
);

CREATE TABLE users (
    userid bigint NOT NULL,
    username varchar(100) DEFAULT '' NOT NULL,
    name varchar(100) DEFAULT '' NOT NULL,
    surname varchar(100) DEFAULT '' NOT NULL,
    passwd varchar(60) DEFAULT '' NOT NULL,
    url varchar(2048) DEFAULT '' NOT NULL,
    autologin integer DEFAULT '0' NOT NULL,
    autologout varchar(32) DEFAULT '15m' NOT NULL,
    lang varchar(7) DEFAULT 'default' NOT NULL,
    refresh varchar(32) DEFAULT '30s' NOT NULL,
    theme varchar(128) DEFAULT 'default' NOT NULL,
    attempt_failed integer DEFAULT 0 NOT NULL,
    attempt_ip varchar(39) DEFAULT '' NOT NULL,
    attempt_clock integer DEFAULT 0 NOT NULL,
    rows_per_page integer DEFAULT 50 NOT NULL,
    timezone varchar(50) DEFAULT 'default' NOT NULL,
    roleid bigint NULL,
    PRIMARY KEY (userid),
    CONSTRAINT c_users_1 FOREIGN KEY (roleid) REFERENCES role (roleid) ON DELETE CASCADE
);

CREATE TABLE usrgrp (
    usrgrpid bigint NOT NULL,
    name varchar(64) DEFAULT '' NOT NULL,
    gui_access integer DEFAULT '0' NOT NULL,
    users_status integer DEFAULT '0' NOT NULL,
    debug_mode integer DEFAULT '0' NOT NULL,
    PRIMARY KEY (usrgrpid)
);

CREATE TABLE users_groups (
    id bigint NOT NULL,
    usrgrpid bigint NOT NULL,
    userid bigint NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT c_users_groups_1 FOREIGN KEY (usrgrpid) REFERENCES usrgrp (usrgrpid) ON DELETE CASCADE,
    CONSTRAINT c_users_groups_2 FOREIGN KEY (userid) REFERENCES users (userid) ON DELETE CASCADE
);

CREATE TABLE media_type (
    mediatypeid bigint NOT NULL,
    type integer DEFAULT '0' NOT NULL,
    name varchar(100) DEFAULT '' NOT NULL,
    smtp_server varchar(255) DEFAULT '' NOT NULL,
    smtp_helo varchar(255) DEFAULT '' NOT NULL,
    smtp_email varchar(255) DEFAULT '' NOT NULL,
    exec_path varchar(255) DEFAULT '' NOT NULL,
    status integer DEFAULT '1' NOT NULL,
    maxsessions integer DEFAULT '1' NOT NULL,
    maxattempts integer DEFAULT '3' NOT NULL,
    attempt_interval varchar(32) DEFAULT '10s' NOT NULL,
    content_type integer DEFAULT '1' NOT NULL,
    script text DEFAULT '' NOT NULL,
    timeout varchar(32) DEFAULT '30s' NOT NULL,
    description text DEFAULT '' NOT NULL,
    PRIMARY KEY (mediatypeid)
);

CREATE TABLE media (
    mediaid bigint NOT NULL,
    userid bigint NOT NULL,
    mediatypeid bigint NOT NULL,
    sendto varchar(1024) DEFAULT '' NOT NULL,
    active integer DEFAULT '0' NOT NULL,
    severity integer DEFAULT '63' NOT NULL,
    period varchar(1024) DEFAULT '1-7,00:00-24:00' NOT NULL,
    PRIMARY KEY (mediaid),
    CONSTRAINT c_media_1 FOREIGN KEY (userid) REFERENCES users (userid) ON DELETE CASCADE,
    CONSTRAINT c_media_2 FOREIGN KEY (mediatypeid) REFERENCES media_type (mediatypeid) ON DELETE CASCADE
);

CREATE TABLE hstgrp (
    groupid bigint NOT NULL,
    name varchar(255) DEFAULT '' NOT NULL,
    flags integer DEFAULT '0' NOT NULL,
    uuid varchar(32) DEFAULT '' NOT NULL,
    type integer DEFAULT '0' NOT NULL,
    PRIMARY KEY (groupid)
);

CREATE TABLE maintenances (
    maintenanceid bigint NOT NULL,
    name varchar(128) DEFAULT '' NOT NULL,
    maintenance_type integer DEFAULT '0' NOT NULL,
    description text DEFAULT '' NOT NULL,
    active_since integer DEFAULT '0' NOT NULL,
    active_till integer DEFAULT '0' NOT NULL,
    tags_evaltype integer DEFAULT '0' NOT NULL,
    PRIMARY KEY (maintenanceid)
);

CREATE TABLE hosts (
    hostid bigint NOT NULL,
    proxy_hostid bigint NULL,
    host varchar(128) DEFAULT '' NOT NULL,
    status integer DEFAULT '0' NOT NULL,
    ipmi_authtype integer DEFAULT '-1' NOT NULL,
    ipmi_privilege integer DEFAULT '2' NOT NULL,
    ipmi_username varchar(16) DEFAULT '' NOT NULL,
    ipmi_password varchar(20) DEFAULT '' NOT NULL,
    maintenanceid bigint NULL,
    maintenance_status integer DEFAULT '0' NOT NULL,
    maintenance_type integer DEFAULT '0' NOT NULL,
    maintenance_from integer DEFAULT '0' NOT NULL,
    name varchar(128) DEFAULT '' NOT NULL,
    flags integer DEFAULT '0' NOT NULL,
    templateid bigint NULL,
    description text DEFAULT '' NOT NULL,
    tls_connect integer DEFAULT '1' NOT NULL,
    tls_accept integer DEFAULT '1' NOT NULL,
    discover integer DEFAULT '0' NOT NULL,
    custom_interfaces integer DEFAULT '0' NOT NULL,
    uuid varchar(32) DEFAULT '' NOT NULL,
    vendor_name varchar(64) DEFAULT '' NOT NULL,
    PRIMARY KEY (hostid),
    CONSTRAINT c_hosts_1 FOREIGN KEY (proxy_hostid) REFERENCES hosts (hostid),
    CONSTRAINT c_hosts_2 FOREIGN KEY (maintenanceid) REFERENCES maintenances (maintenanceid),
    CONSTRAINT c_hosts_3 FOREIGN KEY (templateid) REFERENCES hosts (hostid) ON DELETE CASCADE
);

CREATE TABLE hosts_groups (
    hostgroupid bigint NOT NULL,
    hostid bigint NOT NULL,
    groupid bigint NOT NULL,
    PRIMARY KEY (hostgroupid),
    CONSTRAINT c_hosts_groups_1 FOREIGN KEY (hostid) REFERENCES hosts (hostid) ON DELETE CASCADE,
    CONSTRAINT c_hosts_groups_2 FOREIGN KEY (groupid) REFERENCES hstgrp (groupid) ON DELETE CASCADE
);

CREATE TABLE hosts_templates (
    hosttemplateid bigint NOT NULL,
    hostid bigint NOT NULL,
    templateid bigint NOT NULL,
    link_type integer DEFAULT '0' NOT NULL,
    PRIMARY KEY (hosttemplateid),
    CONSTRAINT c_hosts_templates_1 FOREIGN KEY (hostid) REFERENCES hosts (hostid) ON DELETE CASCADE,
    CONSTRAINT c_hosts_templates_2 FOREIGN KEY (templateid) REFERENCES hosts (hostid) ON DELETE CASCADE
);

CREATE TABLE host_inventory (
    hostid bigint NOT NULL,
    inventory_mode integer DEFAULT '0' NOT NULL,
    type varchar(64) DEFAULT '' NOT NULL,
    name varchar(128) DEFAULT '' NOT NULL,
    os varchar(128) DEFAULT '' NOT NULL,
    serialno_a varchar(64) DEFAULT '' NOT NULL,
    tag varchar(64) DEFAULT '' NOT NULL,
    macaddress_a varchar(64) DEFAULT '' NOT NULL,
    hardware varchar(255) DEFAULT '' NOT NULL,
    location text DEFAULT '' NOT NULL,
    location_lat varchar(16) DEFAULT '' NOT NULL,
    location_lon varchar(16) DEFAULT '' NOT NULL,
    contact text DEFAULT '' NOT NULL,
    PRIMARY KEY (hostid),
    CONSTRAINT c_host_inventory_1 FOREIGN KEY (hostid) REFERENCES hosts (hostid) ON DELETE CASCADE
);

CREATE TABLE interface (
    interfaceid bigint NOT NULL,
    hostid bigint NOT NULL,
    main integer DEFAULT '0' NOT NULL,
    type integer DEFAULT '1' NOT NULL,
    useip integer DEFAULT '1' NOT NULL,
    ip varchar(64) DEFAULT '127.0.0.1' NOT NULL,
    dns varchar(255) DEFAULT '' NOT NULL,
    port varchar(64) DEFAULT '10050' NOT NULL,
    available integer DEFAULT '0' NOT NULL,
    error varchar(2048) DEFAULT '' NOT NULL,
    errors_from integer DEFAULT '0' NOT NULL,
    disable_until integer DEFAULT '0' NOT NULL,
    PRIMARY KEY (interfaceid),
    CONSTRAINT c_interface_1 FOREIGN KEY (hostid) REFERENCES hosts (hostid) ON DELETE CASCADE
);

CREATE TABLE valuemap (
    valuemapid bigint NOT NULL,
    hostid bigint NOT NULL,
    name varchar(64) DEFAULT '' NOT NULL,
    uuid varchar(32) DEFAULT '' NOT NULL,
    PRIMARY KEY (valuemapid),
    CONSTRAINT c_valuemap_1 FOREIGN KEY (hostid) REFERENCES hosts (hostid) ON DELETE CASCADE
);

CREATE TABLE items (
    itemid bigint NOT NULL,
    type integer DEFAULT '0' NOT NULL,
    snmp_oid varchar(512) DEFAULT '' NOT NULL,
    hostid bigint NOT NULL,
    name varchar(255) DEFAULT '' NOT NULL,
    key_ varchar(2048) DEFAULT '' NOT NULL,
    delay varchar(1024) DEFAULT '0' NOT NULL,
    history varchar(255) DEFAULT '90d' NOT NULL,
    trends varchar(255) DEFAULT '365d' NOT NULL,
    status integer DEFAULT '0' NOT NULL,
    value_type integer DEFAULT '0' NOT NULL,
    units varchar(255) DEFAULT '' NOT NULL,
    formula varchar(255) DEFAULT '' NOT NULL,
    logtimefmt varchar(64) DEFAULT '' NOT NULL,
    templateid bigint NULL,
    valuemapid bigint NULL,
    params text DEFAULT '' NOT NULL,
    ipmi_sensor varchar(128) DEFAULT '' NOT NULL,
    authtype integer DEFAULT '0' NOT NULL,
    username varchar(64) DEFAULT '' NOT NULL,
    password varchar(64) DEFAULT '' NOT NULL,
    flags integer DEFAULT '0' NOT NULL,
    interfaceid bigint NULL,
    description text DEFAULT '' NOT NULL,
    inventory_link integer DEFAULT '0' NOT NULL,
    lifetime varchar(255) DEFAULT '30d' NOT NULL,
    evaltype integer DEFAULT '0' NOT NULL,
    jmx_endpoint varchar(255) DEFAULT '' NOT NULL,
    master_itemid bigint NULL,
    timeout varchar(255) DEFAULT '3s' NOT NULL,
    url varchar(2048) DEFAULT '' NOT NULL,
    uuid varchar(32) DEFAULT '' NOT NULL,
    PRIMARY KEY (itemid),
    CONSTRAINT c_items_1 FOREIGN KEY (hostid) REFERENCES hosts (hostid) ON DELETE CASCADE,
    CONSTRAINT c_items_2 FOREIGN KEY (templateid) REFERENCES items (itemid) ON DELETE CASCADE,
    CONSTRAINT c_items_3 FOREIGN KEY (valuemapid) REFERENCES valuemap (valuemapid),
    CONSTRAINT c_items_4 FOREIGN KEY (interfaceid) REFERENCES interface (interfaceid),
    CONSTRAINT c_items_5 FOREIGN KEY (master_itemid) REFERENCES items (itemid) ON DELETE CASCADE
);

CREATE TABLE item_discovery (
    itemdiscoveryid bigint NOT NULL,
    itemid bigint NOT NULL,
    parent_itemid bigint NOT NULL,
    key_ varchar(2048) DEFAULT '' NOT NULL,
    lastcheck integer DEFAULT '0' NOT NULL,
    ts_delete integer DEFAULT '0' NOT NULL,
    PRIMARY KEY (itemdiscoveryid),
    CONSTRAINT c_item_discovery_1 FOREIGN KEY (itemid) REFERENCES items (itemid) ON DELETE CASCADE,
    CONSTRAINT c_item_discovery_2 FOREIGN KEY (parent_itemid) REFERENCES items (itemid) ON DELETE CASCADE
);

CREATE TABLE triggers (
    triggerid bigint NOT NULL,
    expression varchar(2048) DEFAULT '' NOT NULL,
    description varchar(255) DEFAULT '' NOT NULL,
    url varchar(2048) DEFAULT '' NOT NULL,
    status integer DEFAULT '0' NOT NULL,
    value integer DEFAULT '0' NOT NULL,
    priority integer DEFAULT '0' NOT NULL,
    lastchange integer DEFAULT '0' NOT NULL,
    comments text DEFAULT '' NOT NULL,
    error varchar(2048) DEFAULT '' NOT NULL,
    templateid bigint NULL,
    type integer DEFAULT '0' NOT NULL,
    state integer DEFAULT '0' NOT NULL,
    flags integer DEFAULT '0' NOT NULL,
    recovery_mode integer DEFAULT '0' NOT NULL,
    recovery_expression varchar(2048) DEFAULT '' NOT NULL,
    correlation_mode integer DEFAULT '0' NOT NULL,
    correlation_tag varchar(255) DEFAULT '' NOT NULL,
    manual_close integer DEFAULT '0' NOT NULL,
    opdata varchar(255) DEFAULT '' NOT NULL,
    event_name varchar(2048) DEFAULT '' NOT NULL,
    uuid varchar(32) DEFAULT '' NOT NULL,
    PRIMARY KEY (triggerid),
    CONSTRAINT c_triggers_1 FOREIGN KEY (templateid) REFERENCES triggers (triggerid) ON DELETE CASCADE
);

CREATE TABLE functions (
    functionid bigint NOT NULL,
    itemid bigint NOT NULL,
    triggerid bigint NOT NULL,
    name varchar(12) DEFAULT '' NOT NULL,
    parameter varchar(255) DEFAULT '0' NOT NULL,
    PRIMARY KEY (functionid),
    CONSTRAINT c_functions_1 FOREIGN KEY (itemid) REFERENCES items (itemid) ON DELETE CASCADE,
    CONSTRAINT c_functions_2 FOREIGN KEY (triggerid) REFERENCES triggers (triggerid) ON DELETE CASCADE
);

CREATE TABLE trigger_depends (
    triggerdepid bigint NOT NULL,
    triggerid_down bigint NOT NULL,
    triggerid_up bigint NOT NULL,
    PRIMARY KEY (triggerdepid),
    CONSTRAINT c_trigger_depends_1 FOREIGN KEY (triggerid_down) REFERENCES triggers (triggerid) ON DELETE CASCADE,
    CONSTRAINT c_trigger_depends_2 FOREIGN KEY (triggerid_up) REFERENCES triggers (triggerid) ON DELETE CASCADE
);

CREATE TABLE graphs (
    graphid bigint NOT NULL,
    name varchar(128) DEFAULT '' NOT NULL,
    width integer DEFAULT '900' NOT NULL,
    height integer DEFAULT '200' NOT NULL,
    yaxismin DOUBLE PRECISION DEFAULT '0' NOT NULL,
    yaxismax DOUBLE PRECISION DEFAULT '100' NOT NULL,
    templateid bigint NULL,
    show_work_period integer DEFAULT '1' NOT NULL,
    show_triggers integer DEFAULT '1' NOT NULL,
    graphtype integer DEFAULT '0' NOT NULL,
    show_legend integer DEFAULT '1' NOT NULL,
    show_3d integer DEFAULT '0' NOT NULL,
    percent_left DOUBLE PRECISION DEFAULT '0' NOT NULL,
    percent_right DOUBLE PRECISION DEFAULT '0' NOT NULL,
    ymin_type integer DEFAULT '0' NOT NULL,
    ymax_type integer DEFAULT '0' NOT NULL,
    ymin_itemid bigint NULL,
    ymax_itemid bigint NULL,
    flags integer DEFAULT '0' NOT NULL,
    discover integer DEFAULT '0' NOT NULL,
    uuid varchar(32) DEFAULT '' NOT NULL,
    PRIMARY KEY (graphid),
    CONSTRAINT c_graphs_1 FOREIGN KEY (templateid) REFERENCES graphs (graphid) ON DELETE CASCADE,
    CONSTRAINT c_graphs_2 FOREIGN KEY (ymin_itemid) REFERENCES items (itemid),
    CONSTRAINT c_graphs_3 FOREIGN KEY (ymax_itemid) REFERENCES items (itemid)
);

CREATE TABLE graphs_items (
    gitemid bigint NOT NULL,
    graphid bigint NOT NULL,
    itemid bigint NOT NULL,
    drawtype integer DEFAULT '0' NOT NULL,
    sortorder integer DEFAULT '0' NOT NULL,
    color varchar(6) DEFAULT '009600' NOT NULL,
    yaxisside integer DEFAULT '0' NOT NULL,
    calc_fnc integer DEFAULT '2' NOT NULL,
    type integer DEFAULT '0' NOT NULL,
    PRIMARY KEY (gitemid),
    CONSTRAINT c_graphs_items_1 FOREIGN KEY (graphid) REFERENCES graphs (graphid) ON DELETE CASCADE,
    CONSTRAINT c_graphs_items_2 FOREIGN KEY (itemid) REFERENCES items (itemid) ON DELETE CASCADE
);

CREATE TABLE actions (
    actionid bigint NOT NULL,
    name varchar(255) DEFAULT '' NOT NULL,
    eventsource integer DEFAULT '0' NOT NULL,
    evaltype integer DEFAULT '0' NOT NULL,
    status integer DEFAULT '0' NOT NULL,
    esc_period varchar(255) DEFAULT '1h' NOT NULL,
    formula varchar(1024) DEFAULT '' NOT NULL,
    pause_suppressed integer DEFAULT '1' NOT NULL,
    notify_if_canceled integer DEFAULT '1' NOT NULL,
    pause_symptoms integer DEFAULT '1' NOT NULL,
    PRIMARY KEY (actionid)
);

CREATE TABLE operations (
    operationid bigint NOT NULL,
    actionid bigint NOT NULL,
    operationtype integer DEFAULT '0' NOT NULL,
    esc_period varchar(255) DEFAULT '0' NOT NULL,
    esc_step_from integer DEFAULT '1' NOT NULL,
    esc_step_to integer DEFAULT '1' NOT NULL,
    evaltype integer DEFAULT '0' NOT NULL,
    recovery integer DEFAULT '0' NOT NULL,
    PRIMARY KEY (operationid),
    CONSTRAINT c_operations_1 FOREIGN KEY (actionid) REFERENCES actions (actionid) ON DELETE CASCADE
);

CREATE TABLE opmessage (
    operationid bigint NOT NULL,
    default_msg integer DEFAULT '1' NOT NULL,
    subject varchar(255) DEFAULT '' NOT NULL,
    message text DEFAULT '' NOT NULL,
    mediatypeid bigint NULL,
    PRIMARY KEY (operationid),
    CONSTRAINT c_opmessage_1 FOREIGN KEY (operationid) REFERENCES operations (operationid) ON DELETE CASCADE,
    CONSTRAINT c_opmessage_2 FOREIGN KEY (mediatypeid) REFERENCES media_type (mediatypeid)
);

CREATE TABLE opmessage_usr (
    opmessage_usrid bigint NOT NULL,
    operationid bigint NOT NULL,
    userid bigint NOT NULL,
    PRIMARY KEY (opmessage_usrid),
    CONSTRAINT c_opmessage_usr_1 FOREIGN KEY (operationid) REFERENCES operations (operationid) ON DELETE CASCADE,
    CONSTRAINT c_opmessage_usr_2 FOREIGN KEY (userid) REFERENCES users (userid)
);

CREATE TABLE correlation (
    correlationid bigint NOT NULL,
    name varchar(255) DEFAULT '' NOT NULL,
    description text DEFAULT '' NOT NULL,
    evaltype integer DEFAULT '0' NOT NULL,
    status integer DEFAULT '0' NOT NULL,
    formula varchar(255) DEFAULT '' NOT NULL,
    PRIMARY KEY (correlationid)
);

CREATE TABLE events (
    eventid bigint NOT NULL,
    source integer DEFAULT '0' NOT NULL,
    object integer DEFAULT '0' NOT NULL,
    objectid bigint DEFAULT '0' NOT NULL,
    clock integer DEFAULT '0' NOT NULL,
    value integer DEFAULT '0' NOT NULL,
    acknowledged integer DEFAULT '0' NOT NULL,
    ns integer DEFAULT '0' NOT NULL,
    name varchar(2048) DEFAULT '' NOT NULL,
    severity integer DEFAULT '0' NOT NULL,
    PRIMARY KEY (eventid)
);

CREATE TABLE event_recovery (
    eventid bigint NOT NULL,
    r_eventid bigint NOT NULL,
    c_eventid bigint NULL,
    correlationid bigint NULL,
    userid bigint NULL,
    PRIMARY KEY (eventid),
    CONSTRAINT c_event_recovery_1 FOREIGN KEY (eventid) REFERENCES events (eventid) ON DELETE CASCADE,
    CONSTRAINT c_event_recovery_2 FOREIGN KEY (r_eventid) REFERENCES events (eventid) ON DELETE CASCADE,
    CONSTRAINT c_event_recovery_3 FOREIGN KEY (c_eventid) REFERENCES events (eventid) ON DELETE CASCADE,
    CONSTRAINT c_event_recovery_4 FOREIGN KEY (correlationid) REFERENCES correlation (correlationid),
    CONSTRAINT c_event_recovery_5 FOREIGN KEY (userid) REFERENCES users (userid)
);

CREATE TABLE problem (
    eventid bigint NOT NULL,
    source integer DEFAULT '0' NOT NULL,
    object integer DEFAULT '0' NOT NULL,
    objectid bigint DEFAULT '0' NOT NULL,
    clock integer DEFAULT '0' NOT NULL,
    ns integer DEFAULT '0' NOT NULL,
    r_eventid bigint NULL,
    r_clock integer DEFAULT '0' NOT NULL,
    r_ns integer DEFAULT '0' NOT NULL,
    correlationid bigint NULL,
    userid bigint NULL,
    name varchar(2048) DEFAULT '' NOT NULL,
    acknowledged integer DEFAULT '0' NOT NULL,
    severity integer DEFAULT '0' NOT NULL,
    cause_eventid bigint NULL,
    PRIMARY KEY (eventid),
    CONSTRAINT c_problem_1 FOREIGN KEY (eventid) REFERENCES events (eventid) ON DELETE CASCADE,
    CONSTRAINT c_problem_2 FOREIGN KEY (r_eventid) REFERENCES events (eventid) ON DELETE CASCADE,
    CONSTRAINT c_problem_3 FOREIGN KEY (cause_eventid) REFERENCES events (eventid)
);

CREATE TABLE acknowledges (
    acknowledgeid bigint NOT NULL,
    userid bigint NOT NULL,
    eventid bigint NOT NULL,
    clock integer DEFAULT '0' NOT NULL,
    message varchar(2048) DEFAULT '' NOT NULL,
    action integer DEFAULT '0' NOT NULL,
    old_severity integer DEFAULT '0' NOT NULL,
    new_severity integer DEFAULT '0' NOT NULL,
    suppress_until integer DEFAULT '0' NOT NULL,
    taskid bigint NULL,
    PRIMARY KEY (acknowledgeid),
    CONSTRAINT c_acknowledges_1 FOREIGN KEY (userid) REFERENCES users (userid) ON DELETE CASCADE,
    CONSTRAINT c_acknowledges_2 FOREIGN KEY (eventid) REFERENCES events (eventid) ON DELETE CASCADE
);

CREATE TABLE alerts (
    alertid bigint NOT NULL,
    actionid bigint NOT NULL,
    eventid bigint NOT NULL,
    userid bigint NULL,
    clock integer DEFAULT '0' NOT NULL,
    mediatypeid bigint NULL,
    sendto varchar(1024) DEFAULT '' NOT NULL,
    subject varchar(255) DEFAULT '' NOT NULL,
    message text DEFAULT '' NOT NULL,
    status integer DEFAULT '0' NOT NULL,
    retries integer DEFAULT '0' NOT NULL,
    error varchar(2048) DEFAULT '' NOT NULL,
    esc_step integer DEFAULT '0' NOT NULL,
    alerttype integer DEFAULT '0' NOT NULL,
    p_eventid bigint NULL,
    acknowledgeid bigint NULL,
    parameters text DEFAULT '{}' NOT NULL,
    PRIMARY KEY (alertid),
    CONSTRAINT c_alerts_1 FOREIGN KEY (actionid) REFERENCES actions (actionid) ON DELETE CASCADE,
    CONSTRAINT c_alerts_2 FOREIGN KEY (eventid) REFERENCES events (eventid) ON DELETE CASCADE,
    CONSTRAINT c_alerts_3 FOREIGN KEY (userid) REFERENCES users (userid) ON DELETE CASCADE,
    CONSTRAINT c_alerts_4 FOREIGN KEY (mediatypeid) REFERENCES media_type (mediatypeid) ON DELETE CASCADE,
    CONSTRAINT c_alerts_5 FOREIGN KEY (p_eventid) REFERENCES events (eventid) ON DELETE CASCADE,
    CONSTRAINT c_alerts_6 FOREIGN KEY (acknowledgeid) REFERENCES acknowledges (acknowledgeid) ON DELETE CASCADE
);

CREATE TABLE maintenances_hosts (
    maintenance_hostid bigint NOT NULL,
    maintenanceid bigint NOT NULL,
    hostid bigint NOT NULL,
    PRIMARY KEY (maintenance_hostid),
    CONSTRAINT c_maintenances_hosts_1 FOREIGN KEY (maintenanceid) REFERENCES maintenances (maintenanceid) ON DELETE CASCADE,
    CONSTRAINT c_maintenances_hosts_2 FOREIGN KEY (hostid) REFERENCES hosts (hostid) ON DELETE CASCADE
);

CREATE TABLE rights (
    rightid bigint NOT NULL,
    groupid bigint NOT NULL,
    permission integer DEFAULT '0' NOT NULL,
    id bigint NOT NULL,
    PRIMARY KEY (rightid),
    CONSTRAINT c_rights_1 FOREIGN KEY (groupid) REFERENCES usrgrp (usrgrpid) ON DELETE CASCADE,
    CONSTRAINT c_rights_2 FOREIGN KEY (id) REFERENCES hstgrp (groupid) ON DELETE CASCADE
);

CREATE TABLE config (
    configid bigint NOT NULL,
    work_period varchar(255) DEFAULT '1-5,09:00-18:00' NOT NULL,
    alert_usrgrpid bigint NULL,
    discovery_groupid bigint NOT NULL,
    default_theme varchar(128) DEFAULT 'blue-theme' NOT NULL,
    default_lang varchar(5) DEFAULT 'en_US' NOT NULL,
    default_timezone varchar(50) DEFAULT 'system' NOT NULL,
    severity_name_0 varchar(32) DEFAULT 'Not classified' NOT NULL,
    severity_name_5 varchar(32) DEFAULT 'Disaster' NOT NULL,
    ok_period varchar(32) DEFAULT '5m' NOT NULL,
    history_period varchar(32) DEFAULT '24h' NOT NULL,
    PRIMARY KEY (configid),
    CONSTRAINT c_config_1 FOREIGN KEY (alert_usrgrpid) REFERENCES usrgrp (usrgrpid),
    CONSTRAINT c_config_2 FOREIGN KEY (discovery_groupid) REFERENCES hstgrp (groupid)
);

CREATE TABLE history_uint (
    itemid bigint NOT NULL,
    clock integer DEFAULT '0' NOT NULL,
    value numeric(20) DEFAULT '0' NOT NULL,
    ns integer DEFAULT '0' NOT NULL,
    PRIMARY KEY (itemid, clock, ns),
    CONSTRAINT c_history_uint_1 FOREIGN KEY (itemid) REFERENCES items (itemid)
);

