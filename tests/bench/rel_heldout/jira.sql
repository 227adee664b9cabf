-- jira.sql: a twelfth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind12). The PostgreSQL database of a
-- Jira Software (Data Center) server: projects, components and versions,
-- issues (jiraissue) with their change history (changegroup /
-- changeitem), comments (jiraaction), worklogs, attachments, links and
-- remote links, custom fields with their values, options and contexts,
-- the issue type / priority / resolution / status constants, the
-- OSWorkflow tables and workflow schemes, permission, notification and
-- issue security schemes, project roles, screens and field layouts,
-- filters, dashboards and gadgets, column layouts, the Crowd user
-- directory tables (cwd_*) with app_user, avatars and property entries.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests.
-- Jira conventions (its entity engine): lowercase singular tables with no
-- separator (jiraissue, changegroup, fieldconfigscheme), numeric(18,0)
-- keys named id; references with no _id and no separator, named after the
-- target entity (project, issuetype, priority, resolution, issuestatus,
-- customfield, fieldconfigscheme, fieldscreen, portalpage, scheme,
-- security, avatar) or after their role (issueid, issue, groupid ->
-- changegroup, linktype, source / destination -> jiraissue, pid ->
-- project, projectroleid, rolelevel -> projectrole, entry_id -> os_wfentry,
-- workflow_id, filter_i_d -> searchrequest, customfieldconfig ->
-- fieldconfiguration, parentoptionid, defaultlevel); the constants
-- (issuetype, priority, resolution, issuestatus) keyed by varchar ids;
-- users referred to by their user key (app_user.user_key) as reporter,
-- assignee, creator, author, updateauthor, lead, authorname, username,
-- archivedby; Crowd tables with directory_id / user_id / group_id /
-- parent_id; property tables sharing the key of propertyentry.
-- Jira declares no foreign key in its database: the REFERENCES here are
-- the links Jira follows (the truth). Left without REFERENCES: the
-- polymorphic nodeassociation, userassociation, favouriteassociations,
-- sharepermissions, userhistoryitem, propertyentry.entity_id,
-- entity_property.entity_id, audit_log objects, cwd_membership.child_id (a
-- user or a group by membership_type), field identifiers kept as text
-- (customfield_10010), workflow names (workflowschemeentity.workflow), and
-- scheme parameters (perm_parameter, notif_parameter, sec_parameter).

CREATE TABLE avatar (
    id numeric(18,0) PRIMARY KEY,
    filename varchar(255),
    contenttype varchar(255),
    avatartype varchar(60),
    owner varchar(255),
    systemavatar numeric(9,0),
    iconowner varchar(255)
);

CREATE TABLE app_user (
    id numeric(18,0) PRIMARY KEY,
    user_key varchar(255) UNIQUE,
    lower_user_name varchar(255) UNIQUE
);

CREATE TABLE cwd_directory (
    id numeric(18,0) PRIMARY KEY,
    directory_name varchar(255),
    lower_directory_name varchar(255),
    created_date timestamptz,
    updated_date timestamptz,
    active numeric(9,0),
    description varchar(255),
    impl_class varchar(255),
    lower_impl_class varchar(255),
    directory_type varchar(60),
    directory_position numeric(18,0)
);

CREATE TABLE cwd_directory_attribute (
    directory_id numeric(18,0) NOT NULL REFERENCES cwd_directory (id),
    attribute_name varchar(255) NOT NULL,
    attribute_value varchar(4000),
    PRIMARY KEY (directory_id, attribute_name)
);

CREATE TABLE cwd_directory_operation (
    directory_id numeric(18,0) NOT NULL REFERENCES cwd_directory (id),
    operation_type varchar(60) NOT NULL,
    PRIMARY KEY (directory_id, operation_type)
);

CREATE TABLE cwd_user (
    id numeric(18,0) PRIMARY KEY,
    directory_id numeric(18,0) REFERENCES cwd_directory (id),
    user_name varchar(255),
    lower_user_name varchar(255),
    active numeric(9,0),
    created_date timestamptz,
    updated_date timestamptz,
    first_name varchar(255),
    lower_first_name varchar(255),
    last_name varchar(255),
    lower_last_name varchar(255),
    display_name varchar(255),
    lower_display_name varchar(255),
    email_address varchar(255),
    lower_email_address varchar(255),
    credential varchar(255),
    deleted_externally numeric(9,0),
    external_id varchar(255),
    UNIQUE (lower_user_name, directory_id)
);

CREATE TABLE cwd_user_attributes (
    id numeric(18,0) PRIMARY KEY,
    user_id numeric(18,0) REFERENCES cwd_user (id),
    directory_id numeric(18,0) REFERENCES cwd_directory (id),
    attribute_name varchar(255),
    attribute_value varchar(255),
    lower_attribute_value varchar(255)
);

CREATE TABLE cwd_group (
    id numeric(18,0) PRIMARY KEY,
    group_name varchar(255),
    lower_group_name varchar(255),
    active numeric(9,0),
    local numeric(9,0),
    created_date timestamptz,
    updated_date timestamptz,
    description varchar(255),
    lower_description varchar(255),
    group_type varchar(60),
    directory_id numeric(18,0) REFERENCES cwd_directory (id),
    external_id varchar(255)
);

CREATE TABLE cwd_group_attributes (
    id numeric(18,0) PRIMARY KEY,
    group_id numeric(18,0) REFERENCES cwd_group (id),
    directory_id numeric(18,0) REFERENCES cwd_directory (id),
    attribute_name varchar(255),
    attribute_value varchar(255),
    lower_attribute_value varchar(255)
);

CREATE TABLE cwd_membership (
    id numeric(18,0) PRIMARY KEY,
    parent_id numeric(18,0) REFERENCES cwd_group (id),
    child_id numeric(18,0),
    membership_type varchar(60),
    group_type varchar(60),
    parent_name varchar(255),
    lower_parent_name varchar(255),
    child_name varchar(255),
    lower_child_name varchar(255),
    directory_id numeric(18,0) REFERENCES cwd_directory (id)
);

CREATE TABLE projectcategory (
    id numeric(18,0) PRIMARY KEY,
    cname varchar(255),
    description text
);

CREATE TABLE project (
    id numeric(18,0) PRIMARY KEY,
    pname varchar(255),
    url varchar(255),
    lead varchar(255) REFERENCES app_user (user_key),
    description text,
    pkey varchar(255),
    pcounter numeric(18,0),
    assigneetype numeric(18,0),
    avatar numeric(18,0) REFERENCES avatar (id),
    originalkey varchar(255),
    projecttype varchar(255)
);

CREATE TABLE project_key (
    id numeric(18,0) PRIMARY KEY,
    project_id numeric(18,0) REFERENCES project (id),
    project_key varchar(255)
);

CREATE TABLE component (
    id numeric(18,0) PRIMARY KEY,
    project numeric(18,0) REFERENCES project (id),
    cname varchar(255),
    description text,
    url varchar(255),
    lead varchar(255) REFERENCES app_user (user_key),
    assigneetype numeric(18,0),
    archived varchar(10),
    deleted varchar(10)
);

CREATE TABLE projectversion (
    id numeric(18,0) PRIMARY KEY,
    project numeric(18,0) REFERENCES project (id),
    vname varchar(255),
    description text,
    sequence numeric(18,0),
    released varchar(10),
    archived varchar(10),
    url varchar(255),
    startdate timestamptz,
    releasedate timestamptz
);

CREATE TABLE issuetype (
    id varchar(60) PRIMARY KEY,
    sequence numeric(18,0),
    pname varchar(60),
    pstyle varchar(60),
    description text,
    iconurl varchar(255),
    avatar numeric(18,0) REFERENCES avatar (id)
);

CREATE TABLE priority (
    id varchar(60) PRIMARY KEY,
    sequence numeric(18,0),
    pname varchar(60),
    description text,
    iconurl varchar(255),
    status_color varchar(60)
);

CREATE TABLE resolution (
    id varchar(60) PRIMARY KEY,
    sequence numeric(18,0),
    pname varchar(60),
    description text,
    iconurl varchar(255)
);

CREATE TABLE issuestatus (
    id varchar(60) PRIMARY KEY,
    sequence numeric(18,0),
    pname varchar(60),
    description text,
    iconurl varchar(255),
    statuscategory numeric(18,0)
);

CREATE TABLE os_wfentry (
    id numeric(18,0) PRIMARY KEY,
    name varchar(255),
    initialized numeric(9,0),
    state numeric(9,0)
);

CREATE TABLE os_currentstep (
    id numeric(18,0) PRIMARY KEY,
    entry_id numeric(18,0) REFERENCES os_wfentry (id),
    step_id numeric(9,0),
    action_id numeric(9,0),
    owner varchar(60),
    start_date timestamptz,
    due_date timestamptz,
    finish_date timestamptz,
    status varchar(60),
    caller varchar(60)
);

CREATE TABLE os_historystep (
    id numeric(18,0) PRIMARY KEY,
    entry_id numeric(18,0) REFERENCES os_wfentry (id),
    step_id numeric(9,0),
    action_id numeric(9,0),
    owner varchar(60),
    start_date timestamptz,
    due_date timestamptz,
    finish_date timestamptz,
    status varchar(60),
    caller varchar(60)
);

CREATE TABLE jiraworkflows (
    id numeric(18,0) PRIMARY KEY,
    workflowname varchar(255),
    creatorname varchar(255),
    descriptor text,
    islocked varchar(60)
);

CREATE TABLE workflowscheme (
    id numeric(18,0) PRIMARY KEY,
    name varchar(255),
    description text
);

CREATE TABLE workflowschemeentity (
    id numeric(18,0) PRIMARY KEY,
    scheme numeric(18,0) REFERENCES workflowscheme (id),
    workflow varchar(255),
    issuetype varchar(255) REFERENCES issuetype (id)
);

CREATE TABLE draftworkflowscheme (
    id numeric(18,0) PRIMARY KEY,
    name varchar(255),
    description text,
    workflow_scheme_id numeric(18,0) REFERENCES workflowscheme (id),
    last_modified_date timestamptz,
    last_modified_user varchar(255) REFERENCES app_user (user_key)
);

CREATE TABLE draftworkflowschemeentity (
    id numeric(18,0) PRIMARY KEY,
    scheme numeric(18,0) REFERENCES draftworkflowscheme (id),
    workflow varchar(255),
    issuetype varchar(255) REFERENCES issuetype (id)
);

CREATE TABLE issuesecurityscheme (
    id numeric(18,0) PRIMARY KEY,
    name varchar(255),
    description text,
    defaultlevel numeric(18,0) REFERENCES schemeissuesecuritylevels (id)
);

CREATE TABLE schemeissuesecuritylevels (
    id numeric(18,0) PRIMARY KEY,
    name varchar(255),
    description text,
    scheme numeric(18,0) REFERENCES issuesecurityscheme (id)
);

CREATE TABLE schemeissuesecurities (
    id numeric(18,0) PRIMARY KEY,
    scheme numeric(18,0) REFERENCES issuesecurityscheme (id),
    security numeric(18,0) REFERENCES schemeissuesecuritylevels (id),
    sec_type varchar(255),
    sec_parameter varchar(255)
);

CREATE TABLE jiraissue (
    id numeric(18,0) PRIMARY KEY,
    pkey varchar(255),
    issuenum numeric(18,0),
    project numeric(18,0) REFERENCES project (id),
    reporter varchar(255) REFERENCES app_user (user_key),
    assignee varchar(255) REFERENCES app_user (user_key),
    creator varchar(255) REFERENCES app_user (user_key),
    issuetype varchar(255) REFERENCES issuetype (id),
    summary varchar(255),
    description text,
    environment text,
    priority varchar(255) REFERENCES priority (id),
    resolution varchar(255) REFERENCES resolution (id),
    issuestatus varchar(255) REFERENCES issuestatus (id),
    created timestamptz,
    updated timestamptz,
    duedate timestamptz,
    resolutiondate timestamptz,
    votes numeric(18,0),
    watches numeric(18,0),
    timeoriginalestimate numeric(18,0),
    timeestimate numeric(18,0),
    timespent numeric(18,0),
    workflow_id numeric(18,0) REFERENCES os_wfentry (id),
    security numeric(18,0) REFERENCES schemeissuesecuritylevels (id),
    fixfor numeric(18,0),
    component numeric(18,0),
    archived char(1),
    archivedby varchar(255) REFERENCES app_user (user_key),
    archiveddate timestamptz
);

CREATE TABLE moved_issue_key (
    id numeric(18,0) PRIMARY KEY,
    old_issue_key varchar(255),
    issue_id numeric(18,0) REFERENCES jiraissue (id)
);

CREATE TABLE changegroup (
    id numeric(18,0) PRIMARY KEY,
    issueid numeric(18,0) REFERENCES jiraissue (id),
    author varchar(255) REFERENCES app_user (user_key),
    created timestamptz
);

CREATE TABLE changeitem (
    id numeric(18,0) PRIMARY KEY,
    groupid numeric(18,0) REFERENCES changegroup (id),
    fieldtype varchar(255),
    field varchar(255),
    oldvalue text,
    oldstring text,
    newvalue text,
    newstring text
);

CREATE TABLE projectrole (
    id numeric(18,0) PRIMARY KEY,
    name varchar(255),
    description text
);

CREATE TABLE projectroleactor (
    id numeric(18,0) PRIMARY KEY,
    pid numeric(18,0) REFERENCES project (id),
    projectroleid numeric(18,0) REFERENCES projectrole (id),
    roletype varchar(255),
    roletypeparameter varchar(255)
);

CREATE TABLE jiraaction (
    id numeric(18,0) PRIMARY KEY,
    issueid numeric(18,0) REFERENCES jiraissue (id),
    author varchar(255) REFERENCES app_user (user_key),
    actiontype varchar(255),
    actionlevel varchar(255),
    rolelevel numeric(18,0) REFERENCES projectrole (id),
    actionbody text,
    created timestamptz,
    updateauthor varchar(255) REFERENCES app_user (user_key),
    updated timestamptz,
    actionnum numeric(18,0)
);

CREATE TABLE worklog (
    id numeric(18,0) PRIMARY KEY,
    issueid numeric(18,0) REFERENCES jiraissue (id),
    author varchar(255) REFERENCES app_user (user_key),
    grouplevel varchar(255),
    rolelevel numeric(18,0) REFERENCES projectrole (id),
    worklogbody text,
    created timestamptz,
    updateauthor varchar(255) REFERENCES app_user (user_key),
    updated timestamptz,
    startdate timestamptz,
    timeworked numeric(18,0)
);

CREATE TABLE fileattachment (
    id numeric(18,0) PRIMARY KEY,
    issueid numeric(18,0) REFERENCES jiraissue (id),
    mimetype varchar(255),
    filename varchar(255),
    created timestamptz,
    filesize numeric(18,0),
    author varchar(255) REFERENCES app_user (user_key),
    zip numeric(9,0),
    thumbnailable numeric(9,0)
);

CREATE TABLE issuelinktype (
    id numeric(18,0) PRIMARY KEY,
    linkname varchar(255),
    inward varchar(255),
    outward varchar(255),
    pstyle varchar(60)
);

CREATE TABLE issuelink (
    id numeric(18,0) PRIMARY KEY,
    linktype numeric(18,0) REFERENCES issuelinktype (id),
    source numeric(18,0) REFERENCES jiraissue (id),
    destination numeric(18,0) REFERENCES jiraissue (id),
    sequence numeric(18,0)
);

CREATE TABLE remotelink (
    id numeric(18,0) PRIMARY KEY,
    issueid numeric(18,0) REFERENCES jiraissue (id),
    globalid varchar(255),
    title varchar(255),
    summary text,
    url text,
    iconurl text,
    icontitle text,
    relationship varchar(255),
    resolved char(1),
    statusname varchar(255),
    statusdescription text,
    statusiconurl text,
    statusicontitle text,
    statusiconlink text,
    statuscategorykey varchar(255),
    statuscategorycolorname varchar(255),
    applicationtype varchar(255),
    applicationname varchar(255)
);

CREATE TABLE nodeassociation (
    source_node_id numeric(18,0) NOT NULL,
    source_node_entity varchar(60) NOT NULL,
    sink_node_id numeric(18,0) NOT NULL,
    sink_node_entity varchar(60) NOT NULL,
    association_type varchar(60) NOT NULL,
    sequence numeric(9,0),
    PRIMARY KEY (source_node_id, source_node_entity, sink_node_id, sink_node_entity, association_type)
);

CREATE TABLE userassociation (
    source_name varchar(60) NOT NULL,
    sink_node_id numeric(18,0) NOT NULL,
    sink_node_entity varchar(60) NOT NULL,
    association_type varchar(60) NOT NULL,
    sequence numeric(9,0),
    created timestamptz,
    PRIMARY KEY (source_name, sink_node_id, sink_node_entity, association_type)
);

CREATE TABLE customfield (
    id numeric(18,0) PRIMARY KEY,
    cfkey varchar(255),
    customfieldtypekey varchar(255),
    customfieldsearcherkey varchar(255),
    cfname varchar(255),
    description text,
    defaultvalue varchar(255),
    fieldtype numeric(18,0),
    project numeric(18,0),
    issuetype varchar(255),
    issueswithvalue numeric(18,0),
    lastvalueupdate timestamptz
);

CREATE TABLE customfieldvalue (
    id numeric(18,0) PRIMARY KEY,
    issue numeric(18,0) REFERENCES jiraissue (id),
    customfield numeric(18,0) REFERENCES customfield (id),
    updated numeric(18,0),
    parentkey varchar(255),
    stringvalue varchar(255),
    numbervalue double precision,
    textvalue text,
    datevalue timestamptz,
    valuetype varchar(255)
);

CREATE TABLE label (
    id numeric(18,0) PRIMARY KEY,
    fieldid numeric(18,0) REFERENCES customfield (id),
    issue numeric(18,0) REFERENCES jiraissue (id),
    label varchar(255)
);

CREATE TABLE fieldconfigscheme (
    id numeric(18,0) PRIMARY KEY,
    configname varchar(255),
    description text,
    fieldid varchar(60),
    customfield numeric(18,0)
);

CREATE TABLE fieldconfiguration (
    id numeric(18,0) PRIMARY KEY,
    configname varchar(255),
    description text,
    fieldid varchar(60),
    customfield numeric(18,0)
);

CREATE TABLE fieldconfigschemeissuetype (
    id numeric(18,0) PRIMARY KEY,
    issuetype varchar(255) REFERENCES issuetype (id),
    fieldconfigscheme numeric(18,0) REFERENCES fieldconfigscheme (id),
    fieldconfiguration numeric(18,0) REFERENCES fieldconfiguration (id)
);

CREATE TABLE configurationcontext (
    id numeric(18,0) PRIMARY KEY,
    projectcategory numeric(18,0) REFERENCES projectcategory (id),
    project numeric(18,0) REFERENCES project (id),
    customfield varchar(255),
    fieldconfigscheme numeric(18,0) REFERENCES fieldconfigscheme (id)
);

CREATE TABLE customfieldoption (
    id numeric(18,0) PRIMARY KEY,
    customfield numeric(18,0) REFERENCES customfield (id),
    customfieldconfig numeric(18,0) REFERENCES fieldconfiguration (id),
    parentoptionid numeric(18,0) REFERENCES customfieldoption (id),
    sequence numeric(18,0),
    customvalue varchar(4000),
    optiontype varchar(60),
    disabled varchar(60)
);

CREATE TABLE optionconfiguration (
    id numeric(18,0) PRIMARY KEY,
    fieldid varchar(60),
    optionid varchar(60),
    fieldconfig numeric(18,0) REFERENCES fieldconfiguration (id),
    sequence numeric(18,0)
);

CREATE TABLE permissionscheme (
    id numeric(18,0) PRIMARY KEY,
    name varchar(255),
    description text
);

CREATE TABLE schemepermissions (
    id numeric(18,0) PRIMARY KEY,
    scheme numeric(18,0) REFERENCES permissionscheme (id),
    permission numeric(18,0),
    perm_type varchar(255),
    perm_parameter varchar(255),
    permission_key varchar(255)
);

CREATE TABLE jiraeventtype (
    id numeric(18,0) PRIMARY KEY,
    template_id numeric(18,0),
    name varchar(255),
    description text,
    event_type varchar(60)
);

CREATE TABLE notificationscheme (
    id numeric(18,0) PRIMARY KEY,
    name varchar(255),
    description text
);

CREATE TABLE notification (
    id numeric(18,0) PRIMARY KEY,
    scheme numeric(18,0) REFERENCES notificationscheme (id),
    event varchar(60),
    event_type_id numeric(18,0) REFERENCES jiraeventtype (id),
    template_id numeric(18,0),
    notif_type varchar(60),
    notif_parameter varchar(60)
);

CREATE TABLE fieldscreen (
    id numeric(18,0) PRIMARY KEY,
    name varchar(255),
    description varchar(255)
);

CREATE TABLE fieldscreentab (
    id numeric(18,0) PRIMARY KEY,
    name varchar(255),
    description varchar(255),
    sequence numeric(18,0),
    fieldscreen numeric(18,0) REFERENCES fieldscreen (id)
);

CREATE TABLE fieldscreenlayoutitem (
    id numeric(18,0) PRIMARY KEY,
    fieldidentifier varchar(255),
    sequence numeric(18,0),
    fieldscreentab numeric(18,0) REFERENCES fieldscreentab (id)
);

CREATE TABLE fieldscreenscheme (
    id numeric(18,0) PRIMARY KEY,
    name varchar(255),
    description varchar(255)
);

CREATE TABLE fieldscreenschemeitem (
    id numeric(18,0) PRIMARY KEY,
    operation numeric(18,0),
    fieldscreen numeric(18,0) REFERENCES fieldscreen (id),
    fieldscreenscheme numeric(18,0) REFERENCES fieldscreenscheme (id)
);

CREATE TABLE issuetypescreenscheme (
    id numeric(18,0) PRIMARY KEY,
    name varchar(255),
    description varchar(255)
);

CREATE TABLE issuetypescreenschemeentity (
    id numeric(18,0) PRIMARY KEY,
    issuetype varchar(255) REFERENCES issuetype (id),
    scheme numeric(18,0) REFERENCES issuetypescreenscheme (id),
    fieldscreenscheme numeric(18,0) REFERENCES fieldscreenscheme (id)
);

CREATE TABLE fieldlayout (
    id numeric(18,0) PRIMARY KEY,
    name varchar(255),
    description varchar(255),
    layout_type varchar(255),
    layoutscheme numeric(18,0)
);

CREATE TABLE fieldlayoutitem (
    id numeric(18,0) PRIMARY KEY,
    fieldlayout numeric(18,0) REFERENCES fieldlayout (id),
    fieldidentifier varchar(255),
    description text,
    verticalposition numeric(18,0),
    ishidden varchar(60),
    isrequired varchar(60),
    renderertype varchar(255)
);

CREATE TABLE fieldlayoutscheme (
    id numeric(18,0) PRIMARY KEY,
    name varchar(255),
    description text
);

CREATE TABLE fieldlayoutschemeentity (
    id numeric(18,0) PRIMARY KEY,
    scheme numeric(18,0) REFERENCES fieldlayoutscheme (id),
    issuetype varchar(255) REFERENCES issuetype (id),
    fieldlayout numeric(18,0) REFERENCES fieldlayout (id)
);

CREATE TABLE searchrequest (
    id numeric(18,0) PRIMARY KEY,
    filtername varchar(255),
    authorname varchar(255) REFERENCES app_user (user_key),
    description text,
    username varchar(255) REFERENCES app_user (user_key),
    groupname varchar(255),
    projectid numeric(18,0) REFERENCES project (id),
    reqcontent text,
    favcount numeric(18,0),
    filtername_lower varchar(255)
);

CREATE TABLE filtersubscription (
    id numeric(18,0) PRIMARY KEY,
    filter_i_d numeric(18,0) REFERENCES searchrequest (id),
    username varchar(60) REFERENCES app_user (user_key),
    groupname varchar(60),
    last_run timestamptz,
    email_on_empty varchar(10)
);

CREATE TABLE columnlayout (
    id numeric(18,0) PRIMARY KEY,
    username varchar(255) REFERENCES app_user (user_key),
    searchrequest numeric(18,0) REFERENCES searchrequest (id)
);

CREATE TABLE columnlayoutitem (
    id numeric(18,0) PRIMARY KEY,
    columnlayout numeric(18,0) REFERENCES columnlayout (id),
    fieldidentifier varchar(255),
    horizontalposition numeric(18,0)
);

CREATE TABLE portalpage (
    id numeric(18,0) PRIMARY KEY,
    username varchar(255) REFERENCES app_user (user_key),
    pagename varchar(255),
    description varchar(255),
    sequence numeric(18,0),
    favcount numeric(18,0),
    layout varchar(255),
    ppversion numeric(18,0)
);

CREATE TABLE portletconfiguration (
    id numeric(18,0) PRIMARY KEY,
    portalpage numeric(18,0) REFERENCES portalpage (id),
    portlet_id varchar(255),
    column_number numeric(9,0),
    positionseq numeric(9,0),
    gadget_xml text,
    color varchar(255),
    dashboard_module_complete_key text
);

CREATE TABLE gadgetuserpreference (
    id numeric(18,0) PRIMARY KEY,
    portletconfiguration numeric(18,0) REFERENCES portletconfiguration (id),
    userprefkey varchar(255),
    userprefvalue text
);

CREATE TABLE sharepermissions (
    id numeric(18,0) PRIMARY KEY,
    entityid numeric(18,0),
    entitytype varchar(60),
    sharetype varchar(10),
    param1 varchar(255),
    param2 varchar(60),
    rights numeric(9,0)
);

CREATE TABLE favouriteassociations (
    id numeric(18,0) PRIMARY KEY,
    username varchar(255),
    entitytype varchar(60),
    entityid numeric(18,0),
    sequence numeric(18,0)
);

CREATE TABLE userhistoryitem (
    id numeric(18,0) PRIMARY KEY,
    entitytype varchar(10),
    entityid varchar(60),
    username varchar(255),
    lastviewed numeric(18,0),
    data text
);

CREATE TABLE propertyentry (
    id numeric(18,0) PRIMARY KEY,
    entity_name varchar(255),
    entity_id numeric(18,0),
    property_key varchar(255),
    propertytype numeric(9,0)
);

CREATE TABLE propertystring (
    id numeric(18,0) PRIMARY KEY REFERENCES propertyentry (id),
    propertyvalue text
);

CREATE TABLE propertynumber (
    id numeric(18,0) PRIMARY KEY REFERENCES propertyentry (id),
    propertyvalue numeric(18,0)
);

CREATE TABLE propertytext (
    id numeric(18,0) PRIMARY KEY REFERENCES propertyentry (id),
    propertyvalue text
);

CREATE TABLE entity_property (
    id numeric(18,0) PRIMARY KEY,
    entity_name varchar(255),
    entity_id numeric(18,0),
    property_key varchar(255),
    created timestamptz,
    updated timestamptz,
    json_value text
);

CREATE TABLE audit_log (
    id numeric(18,0) PRIMARY KEY,
    remote_address varchar(60),
    created timestamptz,
    author_key varchar(255),
    summary varchar(255),
    category varchar(255),
    object_type varchar(60),
    object_id varchar(255),
    object_name varchar(255),
    object_parent_id varchar(255),
    object_parent_name varchar(255),
    author_type numeric(9,0),
    event_source_name varchar(255),
    description varchar(255),
    long_description text,
    search_field text
);
