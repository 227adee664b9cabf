-- dhis2.sql: a twenty-third blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind23). The database of a DHIS2
-- 2.38 health information system (Java, Hibernate mappings, Flyway) on
-- PostgreSQL, as its Hibernate mappings leave it: users (userinfo) with
-- roles and groups, the organisation unit hierarchy with groups and group
-- sets, periods, the category model (categories, options, combos, option
-- combos), option sets, data elements and data sets with sections,
-- aggregate data values with their audit, completeness and approvals,
-- indicators, the tracker (tracked entity types, attributes, instances,
-- programs, stages, enrollments, events, relationships), dashboards,
-- visualizations, interpretations and messages.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of DHIS2's Hibernate mappings,
-- trimmed.
-- Conventions: table names are the class names lowercased and glued
-- (dataelement, organisationunit, categoryoptioncombo, programstageinstance);
-- every key is a bigint named after its table, glued, with `id`
-- (dataelementid, organisationunitid, trackedentityinstanceid), except the
-- category classes, whose tables carry the old Dataelement prefix while
-- their keys do not (dataelementcategory.categoryid,
-- dataelementcategoryoption.categoryoptionid); every metadata row also has
-- an 11-character `uid` and an optional `code` (no links inside the
-- database). Links are named like the parent's key, or by role:
-- userid (the owner, -> userinfo.userinfoid), lastupdatedby, creator,
-- creatoruserid, assigneduserid, lastsenderid, user_assigned -> userinfo;
-- sourceid -> organisationunit (data values, registrations and data set
-- sources); parentid -> organisationunit; attributeoptioncomboid ->
-- categoryoptioncombo; commentoptionsetid -> optionset; nextscheduledateid
-- -> dataelement; from_relationshipitemid / to_relationshipitemid,
-- from_relationshipconstraintid / to_relationshipconstraintid; membership
-- tables named <a>members or <a>_<b>s with the two keys (and a sort_order).
-- datavalue and completedatasetregistration are keyed by composites of
-- their links. relationship <-> relationshipitem refer to each other.
-- The REFERENCES are the FKs DHIS2's schema declares.
-- Left without REFERENCES: the user names kept as text (storedby,
-- completedby, modifiedby, created_by text columns of the audit), the
-- levels kept as numbers (organisationunit.hierarchylevel,
-- dataapprovallevel.orgunitlevel, orgunitlevel.level), the `path` of an
-- organisation unit (a string of uids), the expressions of indicators
-- (numerator / denominator text naming uids), eventdatavalues (JSON of
-- data element uids), dashboarditem.textcontent, usermessage.usermessagekey.

CREATE TABLE userinfo (
    userinfoid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    creatoruserid bigint REFERENCES userinfo (userinfoid),
    username varchar(255) NOT NULL UNIQUE,
    password varchar(60),
    surname varchar(160) NOT NULL,
    firstname varchar(160) NOT NULL,
    email varchar(160),
    phonenumber varchar(80),
    lastlogin timestamp,
    disabled boolean NOT NULL,
    externalauth boolean NOT NULL
);

CREATE TABLE userrole (
    userroleid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    userid bigint REFERENCES userinfo (userinfoid),
    name varchar(255) NOT NULL UNIQUE,
    description varchar(255)
);

CREATE TABLE userrolemembers (
    userid bigint NOT NULL REFERENCES userinfo (userinfoid),
    userroleid bigint NOT NULL REFERENCES userrole (userroleid),
    PRIMARY KEY (userid, userroleid)
);

CREATE TABLE usergroup (
    usergroupid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    userid bigint REFERENCES userinfo (userinfoid),
    name varchar(230) NOT NULL UNIQUE
);

CREATE TABLE usergroupmembers (
    userid bigint NOT NULL REFERENCES userinfo (userinfoid),
    usergroupid bigint NOT NULL REFERENCES usergroup (usergroupid),
    PRIMARY KEY (usergroupid, userid)
);

CREATE TABLE usergroupmanaged (
    managedbygroupid bigint NOT NULL REFERENCES usergroup (usergroupid),
    managedgroupid bigint NOT NULL REFERENCES usergroup (usergroupid),
    PRIMARY KEY (managedbygroupid, managedgroupid)
);

CREATE TABLE organisationunit (
    organisationunitid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    userid bigint REFERENCES userinfo (userinfoid),
    name varchar(230) NOT NULL,
    shortname varchar(50) NOT NULL,
    parentid bigint REFERENCES organisationunit (organisationunitid),
    path varchar(255) UNIQUE,
    hierarchylevel integer,
    openingdate date,
    closeddate date,
    comment text,
    url varchar(255),
    contactperson varchar(255),
    address varchar(255),
    email varchar(150),
    phonenumber varchar(150),
    geometry text
);

CREATE TABLE orgunitlevel (
    orgunitlevelid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    name varchar(230) NOT NULL UNIQUE,
    level integer NOT NULL UNIQUE,
    offlinelevels integer
);

CREATE TABLE usermembership (
    organisationunitid bigint NOT NULL REFERENCES organisationunit (organisationunitid),
    userinfoid bigint NOT NULL REFERENCES userinfo (userinfoid),
    PRIMARY KEY (userinfoid, organisationunitid)
);

CREATE TABLE userdatavieworgunits (
    userinfoid bigint NOT NULL REFERENCES userinfo (userinfoid),
    organisationunitid bigint NOT NULL REFERENCES organisationunit (organisationunitid),
    PRIMARY KEY (userinfoid, organisationunitid)
);

CREATE TABLE orgunitgroup (
    orgunitgroupid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    userid bigint REFERENCES userinfo (userinfoid),
    name varchar(230) NOT NULL UNIQUE,
    shortname varchar(50) NOT NULL UNIQUE,
    color varchar(255),
    symbol varchar(255)
);

CREATE TABLE orgunitgroupmembers (
    orgunitgroupid bigint NOT NULL REFERENCES orgunitgroup (orgunitgroupid),
    organisationunitid bigint NOT NULL REFERENCES organisationunit (organisationunitid),
    PRIMARY KEY (orgunitgroupid, organisationunitid)
);

CREATE TABLE orgunitgroupset (
    orgunitgroupsetid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    userid bigint REFERENCES userinfo (userinfoid),
    name varchar(230) NOT NULL UNIQUE,
    compulsory boolean NOT NULL,
    datadimension boolean NOT NULL
);

CREATE TABLE orgunitgroupsetmembers (
    orgunitgroupsetid bigint NOT NULL REFERENCES orgunitgroupset (orgunitgroupsetid),
    orgunitgroupid bigint NOT NULL REFERENCES orgunitgroup (orgunitgroupid),
    sort_order integer NOT NULL,
    PRIMARY KEY (orgunitgroupsetid, sort_order)
);

CREATE TABLE periodtype (
    periodtypeid integer PRIMARY KEY,
    name varchar(50) NOT NULL UNIQUE
);

CREATE TABLE period (
    periodid bigint PRIMARY KEY,
    periodtypeid integer NOT NULL REFERENCES periodtype (periodtypeid),
    startdate date NOT NULL,
    enddate date NOT NULL,
    UNIQUE (periodtypeid, startdate, enddate)
);

CREATE TABLE dataelementcategoryoption (
    categoryoptionid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    userid bigint REFERENCES userinfo (userinfoid),
    name varchar(230) NOT NULL UNIQUE,
    shortname varchar(50) NOT NULL UNIQUE,
    startdate date,
    enddate date
);

CREATE TABLE dataelementcategory (
    categoryid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    userid bigint REFERENCES userinfo (userinfoid),
    name varchar(230) NOT NULL UNIQUE,
    shortname varchar(50) NOT NULL UNIQUE,
    datadimensiontype varchar(255) NOT NULL,
    datadimension boolean NOT NULL
);

CREATE TABLE categories_categoryoptions (
    categoryid bigint NOT NULL REFERENCES dataelementcategory (categoryid),
    categoryoptionid bigint NOT NULL REFERENCES dataelementcategoryoption (categoryoptionid),
    sort_order integer NOT NULL,
    PRIMARY KEY (categoryid, sort_order)
);

CREATE TABLE categoryoption_organisationunits (
    categoryoptionid bigint NOT NULL REFERENCES dataelementcategoryoption (categoryoptionid),
    organisationunitid bigint NOT NULL REFERENCES organisationunit (organisationunitid),
    PRIMARY KEY (categoryoptionid, organisationunitid)
);

CREATE TABLE categorycombo (
    categorycomboid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    userid bigint REFERENCES userinfo (userinfoid),
    name varchar(230) NOT NULL UNIQUE,
    datadimensiontype varchar(255) NOT NULL,
    skiptotal boolean NOT NULL
);

CREATE TABLE categorycombos_categories (
    categorycomboid bigint NOT NULL REFERENCES categorycombo (categorycomboid),
    categoryid bigint NOT NULL REFERENCES dataelementcategory (categoryid),
    sort_order integer NOT NULL,
    PRIMARY KEY (categorycomboid, sort_order)
);

CREATE TABLE categoryoptioncombo (
    categoryoptioncomboid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    name text,
    ignoreapproval boolean
);

CREATE TABLE categorycombos_optioncombos (
    categoryoptioncomboid bigint NOT NULL PRIMARY KEY REFERENCES categoryoptioncombo (categoryoptioncomboid),
    categorycomboid bigint NOT NULL REFERENCES categorycombo (categorycomboid)
);

CREATE TABLE categoryoptioncombos_categoryoptions (
    categoryoptioncomboid bigint NOT NULL REFERENCES categoryoptioncombo (categoryoptioncomboid),
    categoryoptionid bigint NOT NULL REFERENCES dataelementcategoryoption (categoryoptionid),
    PRIMARY KEY (categoryoptioncomboid, categoryoptionid)
);

CREATE TABLE optionset (
    optionsetid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    userid bigint REFERENCES userinfo (userinfoid),
    name varchar(230) NOT NULL UNIQUE,
    valuetype varchar(50) NOT NULL,
    version integer
);

CREATE TABLE optionvalue (
    optionvalueid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(230) NOT NULL,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    name varchar(230) NOT NULL,
    optionsetid bigint REFERENCES optionset (optionsetid),
    sort_order integer,
    color varchar(255),
    icon varchar(255)
);

CREATE TABLE dataelement (
    dataelementid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    userid bigint REFERENCES userinfo (userinfoid),
    name varchar(230) NOT NULL UNIQUE,
    shortname varchar(50) NOT NULL UNIQUE,
    formname varchar(230),
    description text,
    valuetype varchar(50) NOT NULL,
    domaintype varchar(255) NOT NULL,
    aggregationtype varchar(50) NOT NULL,
    categorycomboid bigint NOT NULL REFERENCES categorycombo (categorycomboid),
    optionsetid bigint REFERENCES optionset (optionsetid),
    commentoptionsetid bigint REFERENCES optionset (optionsetid),
    zeroissignificant boolean NOT NULL,
    url varchar(255)
);

CREATE TABLE dataelementgroup (
    dataelementgroupid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    userid bigint REFERENCES userinfo (userinfoid),
    name varchar(230) NOT NULL UNIQUE,
    shortname varchar(50) NOT NULL UNIQUE
);

CREATE TABLE dataelementgroupmembers (
    dataelementid bigint NOT NULL REFERENCES dataelement (dataelementid),
    dataelementgroupid bigint NOT NULL REFERENCES dataelementgroup (dataelementgroupid),
    PRIMARY KEY (dataelementgroupid, dataelementid)
);

CREATE TABLE dataapprovalworkflow (
    workflowid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    name varchar(230) NOT NULL UNIQUE,
    periodtypeid integer NOT NULL REFERENCES periodtype (periodtypeid),
    categorycomboid bigint REFERENCES categorycombo (categorycomboid)
);

CREATE TABLE dataapprovallevel (
    dataapprovallevelid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    name varchar(230) NOT NULL UNIQUE,
    level integer NOT NULL,
    orgunitlevel integer NOT NULL
);

CREATE TABLE dataapprovalworkflowlevels (
    workflowid bigint NOT NULL REFERENCES dataapprovalworkflow (workflowid),
    dataapprovallevelid bigint NOT NULL REFERENCES dataapprovallevel (dataapprovallevelid),
    PRIMARY KEY (workflowid, dataapprovallevelid)
);

CREATE TABLE dataset (
    datasetid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    userid bigint REFERENCES userinfo (userinfoid),
    name varchar(230) NOT NULL,
    shortname varchar(50),
    periodtypeid integer NOT NULL REFERENCES periodtype (periodtypeid),
    categorycomboid bigint NOT NULL REFERENCES categorycombo (categorycomboid),
    workflowid bigint REFERENCES dataapprovalworkflow (workflowid),
    expirydays integer,
    timelydays integer,
    openfutureperiods integer
);

CREATE TABLE datasetelement (
    datasetelementid bigint PRIMARY KEY,
    datasetid bigint NOT NULL REFERENCES dataset (datasetid),
    dataelementid bigint NOT NULL REFERENCES dataelement (dataelementid),
    categorycomboid bigint REFERENCES categorycombo (categorycomboid),
    UNIQUE (datasetid, dataelementid)
);

CREATE TABLE datasetsource (
    datasetid bigint NOT NULL REFERENCES dataset (datasetid),
    sourceid bigint NOT NULL REFERENCES organisationunit (organisationunitid),
    PRIMARY KEY (datasetid, sourceid)
);

CREATE TABLE section (
    sectionid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    name varchar(250) NOT NULL,
    datasetid bigint NOT NULL REFERENCES dataset (datasetid),
    sortorder integer NOT NULL
);

CREATE TABLE sectiondataelements (
    sectionid bigint NOT NULL REFERENCES section (sectionid),
    dataelementid bigint NOT NULL REFERENCES dataelement (dataelementid),
    sort_order integer NOT NULL,
    PRIMARY KEY (sectionid, sort_order)
);

CREATE TABLE datavalue (
    dataelementid bigint NOT NULL REFERENCES dataelement (dataelementid),
    periodid bigint NOT NULL REFERENCES period (periodid),
    sourceid bigint NOT NULL REFERENCES organisationunit (organisationunitid),
    categoryoptioncomboid bigint NOT NULL REFERENCES categoryoptioncombo (categoryoptioncomboid),
    attributeoptioncomboid bigint NOT NULL REFERENCES categoryoptioncombo (categoryoptioncomboid),
    value varchar(50000),
    storedby varchar(255),
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    comment varchar(50000),
    followup boolean,
    deleted boolean NOT NULL,
    PRIMARY KEY (dataelementid, periodid, sourceid, categoryoptioncomboid, attributeoptioncomboid)
);

CREATE TABLE datavalueaudit (
    datavalueauditid bigint PRIMARY KEY,
    dataelementid bigint NOT NULL REFERENCES dataelement (dataelementid),
    periodid bigint NOT NULL REFERENCES period (periodid),
    organisationunitid bigint NOT NULL REFERENCES organisationunit (organisationunitid),
    categoryoptioncomboid bigint NOT NULL REFERENCES categoryoptioncombo (categoryoptioncomboid),
    attributeoptioncomboid bigint NOT NULL REFERENCES categoryoptioncombo (categoryoptioncomboid),
    value varchar(50000),
    created timestamp NOT NULL,
    modifiedby varchar(100),
    audittype varchar(100) NOT NULL
);

CREATE TABLE completedatasetregistration (
    datasetid bigint NOT NULL REFERENCES dataset (datasetid),
    periodid bigint NOT NULL REFERENCES period (periodid),
    sourceid bigint NOT NULL REFERENCES organisationunit (organisationunitid),
    attributeoptioncomboid bigint NOT NULL REFERENCES categoryoptioncombo (categoryoptioncomboid),
    date timestamp,
    storedby varchar(255),
    lastupdatedby varchar(255),
    lastupdated timestamp,
    completed boolean NOT NULL,
    PRIMARY KEY (datasetid, periodid, sourceid, attributeoptioncomboid)
);

CREATE TABLE dataapproval (
    dataapprovalid bigint PRIMARY KEY,
    dataapprovallevelid bigint NOT NULL REFERENCES dataapprovallevel (dataapprovallevelid),
    workflowid bigint NOT NULL REFERENCES dataapprovalworkflow (workflowid),
    periodid bigint NOT NULL REFERENCES period (periodid),
    organisationunitid bigint NOT NULL REFERENCES organisationunit (organisationunitid),
    attributeoptioncomboid bigint NOT NULL REFERENCES categoryoptioncombo (categoryoptioncomboid),
    accepted boolean NOT NULL,
    created timestamp NOT NULL,
    creator bigint NOT NULL REFERENCES userinfo (userinfoid),
    lastupdated timestamp,
    lastupdatedby bigint REFERENCES userinfo (userinfoid)
);

CREATE TABLE indicatortype (
    indicatortypeid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    name varchar(230) NOT NULL UNIQUE,
    indicatorfactor integer NOT NULL,
    indicatornumber boolean
);

CREATE TABLE indicator (
    indicatorid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    userid bigint REFERENCES userinfo (userinfoid),
    name varchar(230) NOT NULL UNIQUE,
    shortname varchar(50) NOT NULL UNIQUE,
    annualized boolean NOT NULL,
    decimals integer,
    indicatortypeid bigint NOT NULL REFERENCES indicatortype (indicatortypeid),
    numerator text,
    numeratordescription text,
    denominator text,
    denominatordescription text
);

CREATE TABLE indicatorgroup (
    indicatorgroupid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    userid bigint REFERENCES userinfo (userinfoid),
    name varchar(230) NOT NULL UNIQUE
);

CREATE TABLE indicatorgroupmembers (
    indicatorid bigint NOT NULL REFERENCES indicator (indicatorid),
    indicatorgroupid bigint NOT NULL REFERENCES indicatorgroup (indicatorgroupid),
    PRIMARY KEY (indicatorgroupid, indicatorid)
);

CREATE TABLE trackedentitytype (
    trackedentitytypeid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    userid bigint REFERENCES userinfo (userinfoid),
    name varchar(230) NOT NULL UNIQUE,
    description text,
    minattributesrequiredtosearch integer,
    maxteicounttoreturn integer
);

CREATE TABLE trackedentityattribute (
    trackedentityattributeid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    userid bigint REFERENCES userinfo (userinfoid),
    name varchar(230) NOT NULL UNIQUE,
    shortname varchar(50) NOT NULL UNIQUE,
    valuetype varchar(36) NOT NULL,
    aggregationtype varchar(40) NOT NULL,
    optionsetid bigint REFERENCES optionset (optionsetid),
    uniquefield boolean,
    generated boolean,
    pattern varchar(255)
);

CREATE TABLE trackedentityinstance (
    trackedentityinstanceid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    createdatclient timestamp,
    lastupdatedatclient timestamp,
    organisationunitid bigint NOT NULL REFERENCES organisationunit (organisationunitid),
    trackedentitytypeid bigint REFERENCES trackedentitytype (trackedentitytypeid),
    inactive boolean,
    deleted boolean NOT NULL,
    potentialduplicate boolean,
    storedby varchar(255),
    geometry text
);

CREATE TABLE trackedentityattributevalue (
    trackedentityinstanceid bigint NOT NULL REFERENCES trackedentityinstance (trackedentityinstanceid),
    trackedentityattributeid bigint NOT NULL REFERENCES trackedentityattribute (trackedentityattributeid),
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    value varchar(1200),
    encryptedvalue varchar(50000),
    storedby varchar(255),
    PRIMARY KEY (trackedentityinstanceid, trackedentityattributeid)
);

CREATE TABLE program (
    programid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    userid bigint REFERENCES userinfo (userinfoid),
    name varchar(230) NOT NULL UNIQUE,
    shortname varchar(50) NOT NULL UNIQUE,
    description text,
    type varchar(255) NOT NULL,
    trackedentitytypeid bigint REFERENCES trackedentitytype (trackedentitytypeid),
    categorycomboid bigint NOT NULL REFERENCES categorycombo (categorycomboid),
    expirydays integer,
    expiryperiodtypeid integer REFERENCES periodtype (periodtypeid),
    completeeventsexpirydays integer,
    displayincidentdate boolean,
    onlyenrollonce boolean
);

CREATE TABLE program_organisationunits (
    programid bigint NOT NULL REFERENCES program (programid),
    organisationunitid bigint NOT NULL REFERENCES organisationunit (organisationunitid),
    PRIMARY KEY (programid, organisationunitid)
);

CREATE TABLE program_attributes (
    programtrackedentityattributeid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    programid bigint NOT NULL REFERENCES program (programid),
    trackedentityattributeid bigint NOT NULL REFERENCES trackedentityattribute (trackedentityattributeid),
    displayinlist boolean,
    mandatory boolean,
    searchable boolean,
    sort_order integer
);

CREATE TABLE programstage (
    programstageid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    name varchar(230) NOT NULL,
    description text,
    programid bigint NOT NULL REFERENCES program (programid),
    mindaysfromstart integer NOT NULL,
    repeatable boolean NOT NULL,
    periodtypeid integer REFERENCES periodtype (periodtypeid),
    nextscheduledateid bigint REFERENCES dataelement (dataelementid),
    sort_order integer,
    enableuserassignment boolean
);

CREATE TABLE programstagedataelement (
    programstagedataelementid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    programstageid bigint NOT NULL REFERENCES programstage (programstageid),
    dataelementid bigint NOT NULL REFERENCES dataelement (dataelementid),
    compulsory boolean NOT NULL,
    allowprovidedelsewhere boolean,
    sort_order integer,
    UNIQUE (programstageid, dataelementid)
);

CREATE TABLE programinstance (
    programinstanceid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    createdatclient timestamp,
    enrollmentdate timestamp NOT NULL,
    incidentdate timestamp,
    enddate timestamp,
    status varchar(50),
    programid bigint NOT NULL REFERENCES program (programid),
    trackedentityinstanceid bigint REFERENCES trackedentityinstance (trackedentityinstanceid),
    organisationunitid bigint REFERENCES organisationunit (organisationunitid),
    followup boolean,
    completedby varchar(255),
    storedby varchar(255),
    deleted boolean NOT NULL
);

CREATE TABLE programstageinstance (
    programstageinstanceid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    programinstanceid bigint NOT NULL REFERENCES programinstance (programinstanceid),
    programstageid bigint NOT NULL REFERENCES programstage (programstageid),
    attributeoptioncomboid bigint REFERENCES categoryoptioncombo (categoryoptioncomboid),
    organisationunitid bigint REFERENCES organisationunit (organisationunitid),
    assigneduserid bigint REFERENCES userinfo (userinfoid),
    duedate timestamp,
    executiondate timestamp,
    completeddate timestamp,
    completedby varchar(255),
    status varchar(25) NOT NULL,
    storedby varchar(255),
    eventdatavalues text,
    deleted boolean NOT NULL
);

CREATE TABLE trackedentitycomment (
    trackedentitycommentid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    commenttext varchar(50000),
    creator varchar(255)
);

CREATE TABLE programstageinstancecomments (
    programstageinstanceid bigint NOT NULL REFERENCES programstageinstance (programstageinstanceid),
    trackedentitycommentid bigint NOT NULL REFERENCES trackedentitycomment (trackedentitycommentid),
    sort_order integer NOT NULL,
    PRIMARY KEY (programstageinstanceid, sort_order)
);

CREATE TABLE relationshipconstraint (
    relationshipconstraintid bigint PRIMARY KEY,
    entitytype varchar(255),
    trackedentitytypeid bigint REFERENCES trackedentitytype (trackedentitytypeid),
    programid bigint REFERENCES program (programid),
    programstageid bigint REFERENCES programstage (programstageid)
);

CREATE TABLE relationshiptype (
    relationshiptypeid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    userid bigint REFERENCES userinfo (userinfoid),
    name varchar(255) NOT NULL UNIQUE,
    from_relationshipconstraintid bigint UNIQUE REFERENCES relationshipconstraint (relationshipconstraintid),
    to_relationshipconstraintid bigint UNIQUE REFERENCES relationshipconstraint (relationshipconstraintid),
    bidirectional boolean NOT NULL,
    fromtoname varchar(255),
    tofromname varchar(255)
);

CREATE TABLE relationship (
    relationshipid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    relationshiptypeid bigint NOT NULL REFERENCES relationshiptype (relationshiptypeid),
    from_relationshipitemid bigint UNIQUE REFERENCES relationshipitem (relationshipitemid),
    to_relationshipitemid bigint UNIQUE REFERENCES relationshipitem (relationshipitemid),
    deleted boolean NOT NULL
);

CREATE TABLE relationshipitem (
    relationshipitemid bigint PRIMARY KEY,
    relationshipid bigint REFERENCES relationship (relationshipid),
    trackedentityinstanceid bigint REFERENCES trackedentityinstance (trackedentityinstanceid),
    programinstanceid bigint REFERENCES programinstance (programinstanceid),
    programstageinstanceid bigint REFERENCES programstageinstance (programstageinstanceid)
);

CREATE TABLE visualization (
    visualizationid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    userid bigint REFERENCES userinfo (userinfoid),
    name varchar(230) NOT NULL,
    type varchar(40) NOT NULL,
    title varchar(255),
    sortorder integer,
    toplimit integer
);

CREATE TABLE dashboard (
    dashboardid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    userid bigint REFERENCES userinfo (userinfoid),
    name varchar(230) NOT NULL,
    description text
);

CREATE TABLE dashboarditem (
    dashboarditemid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    visualizationid bigint REFERENCES visualization (visualizationid),
    textcontent text,
    shape varchar(50),
    x integer,
    y integer,
    height integer,
    width integer
);

CREATE TABLE dashboard_items (
    dashboardid bigint NOT NULL REFERENCES dashboard (dashboardid),
    dashboarditemid bigint NOT NULL UNIQUE REFERENCES dashboarditem (dashboarditemid),
    sort_order integer NOT NULL,
    PRIMARY KEY (dashboardid, sort_order)
);

CREATE TABLE interpretation (
    interpretationid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    visualizationid bigint REFERENCES visualization (visualizationid),
    datasetid bigint REFERENCES dataset (datasetid),
    periodid bigint REFERENCES period (periodid),
    organisationunitid bigint REFERENCES organisationunit (organisationunitid),
    interpretationtext text,
    userid bigint REFERENCES userinfo (userinfoid),
    likes integer
);

CREATE TABLE interpretationcomment (
    interpretationcommentid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    commenttext text,
    userid bigint NOT NULL REFERENCES userinfo (userinfoid)
);

CREATE TABLE interpretation_comments (
    interpretationid bigint NOT NULL REFERENCES interpretation (interpretationid),
    interpretationcommentid bigint NOT NULL REFERENCES interpretationcomment (interpretationcommentid),
    sort_order integer NOT NULL,
    PRIMARY KEY (interpretationid, sort_order)
);

CREATE TABLE messageconversation (
    messageconversationid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    subject varchar(255) NOT NULL,
    lastsenderid bigint REFERENCES userinfo (userinfoid),
    lastmessage timestamp,
    messagecount integer,
    priority varchar(255),
    status varchar(255),
    messagetype varchar(255) NOT NULL,
    user_assigned bigint REFERENCES userinfo (userinfoid),
    userid bigint REFERENCES userinfo (userinfoid)
);

CREATE TABLE message (
    messageid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    messagetext text,
    internal boolean,
    metadata varchar(255),
    userid bigint REFERENCES userinfo (userinfoid)
);

CREATE TABLE messageconversation_messages (
    messageconversationid bigint NOT NULL REFERENCES messageconversation (messageconversationid),
    messageid bigint NOT NULL UNIQUE REFERENCES message (messageid),
    sort_order integer NOT NULL,
    PRIMARY KEY (messageconversationid, sort_order)
);

CREATE TABLE usermessage (
    usermessageid bigint PRIMARY KEY,
    usermessagekey varchar(255),
    userid bigint NOT NULL REFERENCES userinfo (userinfoid),
    isread boolean NOT NULL,
    isfollowup boolean
);

CREATE TABLE messageconversation_usermessages (
    messageconversationid bigint NOT NULL REFERENCES messageconversation (messageconversationid),
    usermessageid bigint NOT NULL REFERENCES usermessage (usermessageid),
    PRIMARY KEY (messageconversationid, usermessageid)
);

CREATE TABLE fileresource (
    fileresourceid bigint PRIMARY KEY,
    uid varchar(11) NOT NULL UNIQUE,
    code varchar(50) UNIQUE,
    created timestamp NOT NULL,
    lastupdated timestamp NOT NULL,
    lastupdatedby bigint REFERENCES userinfo (userinfoid),
    name varchar(255) NOT NULL,
    contenttype varchar(255) NOT NULL,
    contentlength bigint NOT NULL,
    contentmd5 varchar(32) NOT NULL,
    storagekey varchar(1024) UNIQUE,
    isassigned boolean NOT NULL,
    domain varchar(40),
    userid bigint REFERENCES userinfo (userinfoid)
);
