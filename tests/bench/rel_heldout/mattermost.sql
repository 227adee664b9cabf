-- mattermost.sql: an eleventh blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind11). The PostgreSQL
-- database of a Mattermost server (team chat): users, teams, channels and
-- their members, posts, threads, reactions, files, webhooks and slash
-- commands, OAuth apps, schemes and roles, LDAP-synced groups, shared
-- channels with remote clusters, retention policies, drafts and scheduled
-- posts, channel bookmarks, custom properties; with the tables of its two
-- bundled plugins in the same database: Playbooks (IR_* tables, written in
-- CamelCase without quotes as the plugin's migrations do) and Boards
-- (focalboard_* tables, snake_case). Written for this bench by an author
-- who had read neither the inference code nor its unit tests.
-- Mattermost conventions: lowercase plural tables, keys varchar(26) (the
-- server's base32 ids) named id, references with no separator and no
-- table word for the usual ones (userid, channelid, teamid, postid,
-- creatorid, rootid, schemeid, remoteid, categoryid, policyid, groupid),
-- bigint epoch-millisecond times (createat / updateat / deleteat), tables
-- keyed by their parent (status.userid, threads.postid, publicchannels.id,
-- sharedchannels.channelid), schemes naming their default roles by name.
-- Playbooks: text keys ID, CommanderUserID / ReporterUserID / PlaybookID /
-- IncidentID (a run is still an "incident" in the tables). Boards:
-- varchar(36) keys, board_id / team_id / channel_id / created_by /
-- modified_by / category_id.
-- Mattermost declares no foreign key in its database: the REFERENCES here
-- are the links the server and the plugins follow in their stores (the
-- truth). Left without REFERENCES: ids that may name something outside
-- the database or one of several tables (bots.ownerid, a plugin or a user;
-- jobs.data; focalboard_blocks.parent_id, a card or a board; the
-- subscriber / block pairs of focalboard_subscriptions and
-- _notification_hints; IR_Category_Item.ItemID, a playbook or a run;
-- propertyvalues.targetid / propertyfields.targetid), usergroups.remoteid
-- (an LDAP group's id, not a remote cluster), the plugin ids, and
-- focalboard_subscriptions' keys (left nullable here so that the generated
-- data can fill the table).

CREATE TABLE users (
    id varchar(26) PRIMARY KEY,
    createat bigint,
    updateat bigint,
    deleteat bigint,
    username varchar(64) UNIQUE,
    password varchar(128),
    authdata varchar(128) UNIQUE,
    authservice varchar(32),
    email varchar(128) UNIQUE,
    emailverified boolean,
    nickname varchar(64),
    firstname varchar(64),
    lastname varchar(64),
    position varchar(128),
    roles varchar(256),
    allowmarketing boolean,
    props jsonb,
    notifyprops jsonb,
    lastpasswordupdate bigint,
    lastpictureupdate bigint,
    failedattempts integer,
    locale varchar(5),
    timezone jsonb,
    mfaactive boolean,
    mfasecret varchar(128),
    remoteid varchar(26) REFERENCES remoteclusters (remoteid),
    lastlogin bigint NOT NULL DEFAULT 0,
    mfausedtimestamps jsonb
);

CREATE TABLE bots (
    userid varchar(26) PRIMARY KEY REFERENCES users (id),
    description varchar(1024),
    ownerid varchar(190),
    createat bigint,
    updateat bigint,
    deleteat bigint,
    lastchaticonupdate bigint DEFAULT 0
);

CREATE TABLE schemes (
    id varchar(26) PRIMARY KEY,
    name varchar(64) UNIQUE,
    displayname varchar(128),
    description varchar(1024),
    createat bigint,
    updateat bigint,
    deleteat bigint,
    scope varchar(32),
    defaultteamadminrole varchar(64) REFERENCES roles (name),
    defaultteamuserrole varchar(64) REFERENCES roles (name),
    defaultchanneladminrole varchar(64) REFERENCES roles (name),
    defaultchanneluserrole varchar(64) REFERENCES roles (name),
    defaultteamguestrole varchar(64) REFERENCES roles (name),
    defaultchannelguestrole varchar(64) REFERENCES roles (name),
    defaultplaybookadminrole varchar(64) REFERENCES roles (name),
    defaultplaybookmemberrole varchar(64) REFERENCES roles (name),
    defaultrunadminrole varchar(64) REFERENCES roles (name),
    defaultrunmemberrole varchar(64) REFERENCES roles (name)
);

CREATE TABLE roles (
    id varchar(26) PRIMARY KEY,
    name varchar(64) UNIQUE,
    displayname varchar(128),
    description varchar(1024),
    createat bigint,
    updateat bigint,
    deleteat bigint,
    permissions text,
    schememanaged boolean,
    builtin boolean
);

CREATE TABLE teams (
    id varchar(26) PRIMARY KEY,
    createat bigint,
    updateat bigint,
    deleteat bigint,
    displayname varchar(64),
    name varchar(64) UNIQUE,
    description varchar(255),
    email varchar(128),
    type varchar(255),
    companyname varchar(64),
    alloweddomains varchar(1000),
    inviteid varchar(32),
    schemeid varchar(26) REFERENCES schemes (id),
    allowopeninvite boolean,
    lastteamiconupdate bigint,
    groupconstrained boolean,
    cloudlimitsarchived boolean NOT NULL DEFAULT false
);

CREATE TABLE teammembers (
    teamid varchar(26) NOT NULL REFERENCES teams (id),
    userid varchar(26) NOT NULL REFERENCES users (id),
    roles varchar(256),
    deleteat bigint,
    schemeuser boolean,
    schemeadmin boolean,
    schemeguest boolean,
    createat bigint DEFAULT 0,
    PRIMARY KEY (teamid, userid)
);

CREATE TABLE channels (
    id varchar(26) PRIMARY KEY,
    createat bigint,
    updateat bigint,
    deleteat bigint,
    teamid varchar(26) REFERENCES teams (id),
    type varchar(1),
    displayname varchar(64),
    name varchar(64),
    header varchar(1024),
    purpose varchar(250),
    lastpostat bigint,
    totalmsgcount bigint,
    extraupdateat bigint,
    creatorid varchar(26) REFERENCES users (id),
    schemeid varchar(26) REFERENCES schemes (id),
    groupconstrained boolean,
    shared boolean,
    totalmsgcountroot bigint,
    lastrootpostat bigint DEFAULT 0,
    bannerinfo jsonb,
    UNIQUE (name, teamid)
);

CREATE TABLE channelmembers (
    channelid varchar(26) NOT NULL REFERENCES channels (id),
    userid varchar(26) NOT NULL REFERENCES users (id),
    roles varchar(256),
    lastviewedat bigint,
    msgcount bigint,
    mentioncount bigint,
    notifyprops jsonb,
    lastupdateat bigint,
    schemeuser boolean,
    schemeadmin boolean,
    schemeguest boolean,
    mentioncountroot bigint,
    msgcountroot bigint,
    urgentmentioncount bigint,
    PRIMARY KEY (channelid, userid)
);

CREATE TABLE channelmemberhistory (
    channelid varchar(26) NOT NULL REFERENCES channels (id),
    userid varchar(26) NOT NULL REFERENCES users (id),
    jointime bigint NOT NULL,
    leavetime bigint,
    PRIMARY KEY (channelid, userid, jointime)
);

CREATE TABLE publicchannels (
    id varchar(26) PRIMARY KEY REFERENCES channels (id),
    deleteat bigint,
    teamid varchar(26) REFERENCES teams (id),
    displayname varchar(64),
    name varchar(64),
    header varchar(1024),
    purpose varchar(250),
    UNIQUE (name, teamid)
);

CREATE TABLE posts (
    id varchar(26) PRIMARY KEY,
    createat bigint,
    updateat bigint,
    deleteat bigint,
    userid varchar(26) REFERENCES users (id),
    channelid varchar(26) REFERENCES channels (id),
    rootid varchar(26) REFERENCES posts (id),
    originalid varchar(26) REFERENCES posts (id),
    message varchar(65535),
    type varchar(26),
    props jsonb,
    hashtags varchar(1000),
    filenames varchar(4000),
    fileids varchar(300),
    hasreactions boolean,
    editat bigint,
    ispinned boolean,
    remoteid varchar(26) REFERENCES remoteclusters (remoteid)
);

CREATE TABLE threads (
    postid varchar(26) PRIMARY KEY REFERENCES posts (id),
    replycount bigint,
    lastreplyat bigint,
    participants jsonb,
    channelid varchar(26) REFERENCES channels (id),
    threaddeleteat bigint,
    threadteamid varchar(26) REFERENCES teams (id)
);

CREATE TABLE threadmemberships (
    postid varchar(26) NOT NULL REFERENCES threads (postid),
    userid varchar(26) NOT NULL REFERENCES users (id),
    following boolean,
    lastviewed bigint,
    lastupdated bigint,
    unreadmentions bigint,
    PRIMARY KEY (postid, userid)
);

CREATE TABLE reactions (
    userid varchar(26) NOT NULL REFERENCES users (id),
    postid varchar(26) NOT NULL REFERENCES posts (id),
    emojiname varchar(64) NOT NULL,
    createat bigint,
    updateat bigint,
    deleteat bigint,
    remoteid varchar(26) REFERENCES remoteclusters (remoteid),
    channelid varchar(26) NOT NULL DEFAULT '' REFERENCES channels (id),
    PRIMARY KEY (postid, userid, emojiname)
);

CREATE TABLE fileinfo (
    id varchar(26) PRIMARY KEY,
    creatorid varchar(26) REFERENCES users (id),
    postid varchar(26) REFERENCES posts (id),
    channelid varchar(26) REFERENCES channels (id),
    createat bigint,
    updateat bigint,
    deleteat bigint,
    path varchar(512),
    thumbnailpath varchar(512),
    previewpath varchar(512),
    name varchar(256),
    extension varchar(64),
    size bigint,
    mimetype varchar(256),
    width integer,
    height integer,
    haspreviewimage boolean,
    minipreview bytea,
    content text,
    remoteid varchar(26) REFERENCES remoteclusters (remoteid),
    archived boolean NOT NULL DEFAULT false
);

CREATE TABLE emoji (
    id varchar(26) PRIMARY KEY,
    createat bigint,
    updateat bigint,
    deleteat bigint,
    creatorid varchar(26) REFERENCES users (id),
    name varchar(64),
    UNIQUE (name, deleteat)
);

CREATE TABLE preferences (
    userid varchar(26) NOT NULL REFERENCES users (id),
    category varchar(32) NOT NULL,
    name varchar(32) NOT NULL,
    value text,
    PRIMARY KEY (userid, category, name)
);

CREATE TABLE sessions (
    id varchar(26) PRIMARY KEY,
    token varchar(26),
    createat bigint,
    expiresat bigint,
    lastactivityat bigint,
    userid varchar(26) REFERENCES users (id),
    deviceid varchar(512),
    roles varchar(256),
    isoauth boolean,
    props jsonb,
    expirednotify boolean
);

CREATE TABLE status (
    userid varchar(26) PRIMARY KEY REFERENCES users (id),
    status varchar(32),
    manual boolean,
    lastactivityat bigint,
    dndendtime bigint,
    prevstatus varchar(32)
);

CREATE TABLE audits (
    id varchar(26) PRIMARY KEY,
    createat bigint,
    userid varchar(26) REFERENCES users (id),
    action varchar(512),
    extrainfo varchar(1024),
    ipaddress varchar(64),
    sessionid varchar(26) REFERENCES sessions (id)
);

CREATE TABLE useraccesstokens (
    id varchar(26) PRIMARY KEY,
    token varchar(26) UNIQUE,
    userid varchar(26) REFERENCES users (id),
    description varchar(512),
    isactive boolean
);

CREATE TABLE tokens (
    token varchar(64) PRIMARY KEY,
    createat bigint,
    type varchar(64),
    extra varchar(2048)
);

CREATE TABLE desktoptokens (
    token varchar(64) PRIMARY KEY,
    createat bigint NOT NULL,
    userid varchar(26) NOT NULL REFERENCES users (id)
);

CREATE TABLE commands (
    id varchar(26) PRIMARY KEY,
    token varchar(26),
    createat bigint,
    updateat bigint,
    deleteat bigint,
    creatorid varchar(26) REFERENCES users (id),
    teamid varchar(26) REFERENCES teams (id),
    trigger varchar(128),
    method varchar(1),
    username varchar(64),
    iconurl varchar(1024),
    autocomplete boolean,
    autocompletedesc varchar(1024),
    autocompletehint varchar(1024),
    displayname varchar(64),
    description varchar(128),
    url varchar(1024),
    pluginid varchar(190)
);

CREATE TABLE commandwebhooks (
    id varchar(26) PRIMARY KEY,
    createat bigint,
    commandid varchar(26) REFERENCES commands (id),
    userid varchar(26) REFERENCES users (id),
    channelid varchar(26) REFERENCES channels (id),
    rootid varchar(26) REFERENCES posts (id),
    usecount integer
);

CREATE TABLE incomingwebhooks (
    id varchar(26) PRIMARY KEY,
    createat bigint,
    updateat bigint,
    deleteat bigint,
    userid varchar(26) REFERENCES users (id),
    channelid varchar(26) REFERENCES channels (id),
    teamid varchar(26) REFERENCES teams (id),
    displayname varchar(64),
    description varchar(500),
    username varchar(255),
    iconurl varchar(1024),
    channellocked boolean
);

CREATE TABLE outgoingwebhooks (
    id varchar(26) PRIMARY KEY,
    token varchar(26),
    createat bigint,
    updateat bigint,
    deleteat bigint,
    creatorid varchar(26) REFERENCES users (id),
    channelid varchar(26) REFERENCES channels (id),
    teamid varchar(26) REFERENCES teams (id),
    triggerwords varchar(1024),
    triggerwhen integer,
    callbackurls varchar(1024),
    displayname varchar(64),
    description varchar(500),
    contenttype varchar(128),
    username varchar(64),
    iconurl varchar(1024)
);

CREATE TABLE oauthapps (
    id varchar(26) PRIMARY KEY,
    creatorid varchar(26) REFERENCES users (id),
    createat bigint,
    updateat bigint,
    clientsecret varchar(128),
    name varchar(64),
    description varchar(512),
    callbackurls varchar(1024),
    homepage varchar(256),
    istrusted boolean,
    iconurl varchar(512),
    mattermostappid varchar(32) NOT NULL DEFAULT ''
);

CREATE TABLE oauthaccessdata (
    token varchar(26) PRIMARY KEY,
    refreshtoken varchar(26),
    redirecturi varchar(256),
    clientid varchar(26) REFERENCES oauthapps (id),
    userid varchar(26) REFERENCES users (id),
    expiresat bigint,
    scope varchar(128),
    UNIQUE (clientid, userid)
);

CREATE TABLE oauthauthdata (
    code varchar(128) PRIMARY KEY,
    clientid varchar(26) REFERENCES oauthapps (id),
    userid varchar(26) REFERENCES users (id),
    expiresin integer,
    createat bigint,
    redirecturi varchar(256),
    state varchar(1024),
    scope varchar(128)
);

CREATE TABLE outgoingoauthconnections (
    id varchar(26) PRIMARY KEY,
    name varchar(64),
    creatorid varchar(26) REFERENCES users (id),
    createat bigint,
    updateat bigint,
    clientid varchar(255),
    clientsecret varchar(255),
    credentialsusername varchar(255),
    credentialspassword varchar(255),
    oauthtokenurl text,
    granttype varchar(32) DEFAULT 'client_credentials',
    audiences text
);

CREATE TABLE jobs (
    id varchar(26) PRIMARY KEY,
    type varchar(32),
    priority bigint,
    createat bigint,
    startat bigint,
    lastactivityat bigint,
    status varchar(32),
    progress bigint,
    data jsonb
);

CREATE TABLE systems (
    name varchar(64) PRIMARY KEY,
    value varchar(1024)
);

CREATE TABLE licenses (
    id varchar(26) PRIMARY KEY,
    createat bigint,
    bytes varchar(10000)
);

CREATE TABLE clusterdiscovery (
    id varchar(26) PRIMARY KEY,
    type varchar(64),
    clustername varchar(64),
    hostname varchar(512),
    gossipport integer,
    port integer,
    createat bigint,
    lastpingat bigint
);

CREATE TABLE compliances (
    id varchar(26) PRIMARY KEY,
    createat bigint,
    userid varchar(26) REFERENCES users (id),
    status varchar(64),
    count integer,
    "desc" varchar(512),
    type varchar(64),
    startat bigint,
    endat bigint,
    keywords varchar(512),
    emails varchar(1024)
);

CREATE TABLE usergroups (
    id varchar(26) PRIMARY KEY,
    name varchar(64) UNIQUE,
    displayname varchar(128),
    description varchar(1024),
    source varchar(64),
    remoteid varchar(48),
    createat bigint,
    updateat bigint,
    deleteat bigint,
    allowreference boolean,
    UNIQUE (source, remoteid)
);

CREATE TABLE groupmembers (
    groupid varchar(26) NOT NULL REFERENCES usergroups (id),
    userid varchar(26) NOT NULL REFERENCES users (id),
    createat bigint,
    deleteat bigint,
    PRIMARY KEY (groupid, userid)
);

CREATE TABLE groupteams (
    groupid varchar(26) NOT NULL REFERENCES usergroups (id),
    teamid varchar(26) NOT NULL REFERENCES teams (id),
    autoadd boolean,
    schemeadmin boolean,
    createat bigint,
    deleteat bigint,
    updateat bigint,
    PRIMARY KEY (groupid, teamid)
);

CREATE TABLE groupchannels (
    groupid varchar(26) NOT NULL REFERENCES usergroups (id),
    channelid varchar(26) NOT NULL REFERENCES channels (id),
    autoadd boolean,
    schemeadmin boolean,
    createat bigint,
    deleteat bigint,
    updateat bigint,
    PRIMARY KEY (groupid, channelid)
);

CREATE TABLE sidebarcategories (
    id varchar(128) PRIMARY KEY,
    userid varchar(26) REFERENCES users (id),
    teamid varchar(26) REFERENCES teams (id),
    sortorder bigint,
    sorting varchar(64),
    type varchar(64),
    displayname varchar(64),
    muted boolean,
    collapsed boolean
);

CREATE TABLE sidebarchannels (
    channelid varchar(26) NOT NULL REFERENCES channels (id),
    userid varchar(26) NOT NULL REFERENCES users (id),
    categoryid varchar(128) NOT NULL REFERENCES sidebarcategories (id),
    sortorder bigint,
    PRIMARY KEY (channelid, userid, categoryid)
);

CREATE TABLE termsofservice (
    id varchar(26) PRIMARY KEY,
    createat bigint,
    userid varchar(26) REFERENCES users (id),
    text varchar(65535)
);

CREATE TABLE usertermsofservice (
    userid varchar(26) PRIMARY KEY REFERENCES users (id),
    termsofserviceid varchar(26) REFERENCES termsofservice (id),
    createat bigint
);

CREATE TABLE uploadsessions (
    id varchar(26) PRIMARY KEY,
    type varchar(32),
    createat bigint,
    userid varchar(26) REFERENCES users (id),
    channelid varchar(26) REFERENCES channels (id),
    filename varchar(256),
    path varchar(512),
    filesize bigint,
    fileoffset bigint,
    remoteid varchar(26) REFERENCES remoteclusters (remoteid),
    reqfileid varchar(26)
);

CREATE TABLE linkmetadata (
    hash bigint PRIMARY KEY,
    url varchar(2048),
    timestamp bigint,
    type varchar(16),
    data jsonb
);

CREATE TABLE pluginkeyvaluestore (
    pluginid varchar(190) NOT NULL,
    pkey varchar(150) NOT NULL,
    pvalue bytea,
    expireat bigint,
    PRIMARY KEY (pluginid, pkey)
);

CREATE TABLE remoteclusters (
    remoteid varchar(26) PRIMARY KEY,
    remoteteamid varchar(26),
    name varchar(64) NOT NULL,
    displayname varchar(64),
    siteurl varchar(512),
    createat bigint,
    lastpingat bigint,
    token varchar(26),
    remotetoken varchar(26),
    topics varchar(512),
    creatorid varchar(26) REFERENCES users (id),
    pluginid varchar(190) NOT NULL DEFAULT '',
    options smallint NOT NULL DEFAULT 0,
    defaultteamid varchar(26) REFERENCES teams (id),
    deleteat bigint DEFAULT 0,
    lastglobalusersyncat bigint DEFAULT 0
);

CREATE TABLE sharedchannels (
    channelid varchar(26) PRIMARY KEY REFERENCES channels (id),
    teamid varchar(26) REFERENCES teams (id),
    home boolean,
    readonly boolean,
    sharename varchar(64),
    sharedisplayname varchar(64),
    sharepurpose varchar(250),
    shareheader varchar(1024),
    creatorid varchar(26) REFERENCES users (id),
    createat bigint,
    updateat bigint,
    remoteid varchar(26) REFERENCES remoteclusters (remoteid),
    UNIQUE (sharename, teamid)
);

CREATE TABLE sharedchannelremotes (
    id varchar(26) NOT NULL,
    channelid varchar(26) NOT NULL REFERENCES sharedchannels (channelid),
    creatorid varchar(26) REFERENCES users (id),
    createat bigint,
    updateat bigint,
    isinviteaccepted boolean,
    isinviteconfirmed boolean,
    remoteid varchar(26) REFERENCES remoteclusters (remoteid),
    lastpostupdateat bigint,
    lastpostid varchar(26) REFERENCES posts (id),
    lastpostcreateat bigint NOT NULL DEFAULT 0,
    lastpostcreateid varchar(26) REFERENCES posts (id),
    deleteat bigint DEFAULT 0,
    PRIMARY KEY (id, channelid),
    UNIQUE (channelid, remoteid)
);

CREATE TABLE sharedchannelusers (
    id varchar(26) PRIMARY KEY,
    userid varchar(26) REFERENCES users (id),
    remoteid varchar(26) REFERENCES remoteclusters (remoteid),
    createat bigint,
    lastsyncat bigint,
    channelid varchar(26) REFERENCES sharedchannels (channelid),
    UNIQUE (userid, channelid, remoteid)
);

CREATE TABLE sharedchannelattachments (
    id varchar(26) PRIMARY KEY,
    fileid varchar(26) REFERENCES fileinfo (id),
    remoteid varchar(26) REFERENCES remoteclusters (remoteid),
    createat bigint,
    lastsyncat bigint,
    UNIQUE (fileid, remoteid)
);

CREATE TABLE retentionpolicies (
    id varchar(26) PRIMARY KEY,
    displayname varchar(64),
    postduration bigint
);

CREATE TABLE retentionpolicieschannels (
    policyid varchar(26) REFERENCES retentionpolicies (id),
    channelid varchar(26) PRIMARY KEY REFERENCES channels (id)
);

CREATE TABLE retentionpoliciesteams (
    policyid varchar(26) REFERENCES retentionpolicies (id),
    teamid varchar(26) PRIMARY KEY REFERENCES teams (id)
);

CREATE TABLE retentionidsfordeletion (
    id varchar(26) PRIMARY KEY,
    tablename varchar(64),
    ids text
);

CREATE TABLE productnoticeviewstate (
    userid varchar(26) NOT NULL REFERENCES users (id),
    noticeid varchar(26) NOT NULL,
    viewed integer,
    timestamp bigint,
    PRIMARY KEY (userid, noticeid)
);

CREATE TABLE drafts (
    createat bigint,
    updateat bigint,
    deleteat bigint,
    userid varchar(26) NOT NULL REFERENCES users (id),
    channelid varchar(26) NOT NULL REFERENCES channels (id),
    rootid varchar(26) NOT NULL DEFAULT '' REFERENCES posts (id),
    message varchar(65535),
    props varchar(8000),
    fileids varchar(300),
    priority text,
    PRIMARY KEY (userid, channelid, rootid)
);

CREATE TABLE scheduledposts (
    id varchar(26) PRIMARY KEY,
    createat bigint,
    updateat bigint,
    userid varchar(26) NOT NULL REFERENCES users (id),
    channelid varchar(26) NOT NULL REFERENCES channels (id),
    rootid varchar(26) REFERENCES posts (id),
    message varchar(65535),
    props varchar(8000),
    fileids varchar(300),
    priority text,
    scheduledat bigint NOT NULL,
    processedat bigint,
    errorcode varchar(200)
);

CREATE TABLE postreminders (
    postid varchar(26) NOT NULL REFERENCES posts (id),
    userid varchar(26) NOT NULL REFERENCES users (id),
    targettime bigint,
    PRIMARY KEY (postid, userid)
);

CREATE TABLE postspriority (
    postid varchar(26) PRIMARY KEY REFERENCES posts (id),
    channelid varchar(26) NOT NULL REFERENCES channels (id),
    priority varchar(32) NOT NULL,
    requestedack boolean,
    persistentnotifications boolean
);

CREATE TABLE postacknowledgements (
    postid varchar(26) NOT NULL REFERENCES posts (id),
    userid varchar(26) NOT NULL REFERENCES users (id),
    acknowledgedat bigint,
    remoteid varchar(26) REFERENCES remoteclusters (remoteid),
    channelid varchar(26) NOT NULL REFERENCES channels (id),
    PRIMARY KEY (postid, userid)
);

CREATE TABLE persistentnotifications (
    postid varchar(26) PRIMARY KEY REFERENCES posts (id),
    createat bigint,
    lastsentat bigint,
    deleteat bigint,
    sentcount smallint
);

CREATE TABLE channelbookmarks (
    id varchar(26) PRIMARY KEY,
    ownerid varchar(26) NOT NULL REFERENCES users (id),
    channelid varchar(26) NOT NULL REFERENCES channels (id),
    fileinfoid varchar(26) REFERENCES fileinfo (id),
    createat bigint,
    updateat bigint,
    deleteat bigint,
    displayname text,
    sortorder integer,
    linkurl text,
    imageurl text,
    emoji varchar(64),
    type varchar(1),
    originalid varchar(26) REFERENCES channelbookmarks (id),
    parentid varchar(26) REFERENCES channelbookmarks (id)
);

CREATE TABLE notifyadmin (
    userid varchar(26) NOT NULL REFERENCES users (id),
    createat bigint,
    requiredplan varchar(100) NOT NULL,
    requiredfeature varchar(255) NOT NULL,
    trial boolean NOT NULL,
    sentat bigint,
    PRIMARY KEY (userid, requiredfeature, requiredplan)
);

CREATE TABLE propertygroups (
    id varchar(26) PRIMARY KEY,
    name varchar(64) NOT NULL UNIQUE
);

CREATE TABLE propertyfields (
    id varchar(26) PRIMARY KEY,
    groupid varchar(26) NOT NULL REFERENCES propertygroups (id),
    name varchar(255) NOT NULL,
    type varchar(32),
    attrs jsonb,
    targetid varchar(255),
    targettype varchar(255),
    createat bigint NOT NULL,
    updateat bigint NOT NULL,
    deleteat bigint NOT NULL
);

CREATE TABLE propertyvalues (
    id varchar(26) PRIMARY KEY,
    targetid varchar(255) NOT NULL,
    targettype varchar(255) NOT NULL,
    groupid varchar(26) NOT NULL REFERENCES propertygroups (id),
    fieldid varchar(26) NOT NULL REFERENCES propertyfields (id),
    value jsonb NOT NULL,
    createat bigint NOT NULL,
    updateat bigint NOT NULL,
    deleteat bigint NOT NULL
);

CREATE TABLE IR_Playbook (
    ID text PRIMARY KEY,
    Title text NOT NULL,
    Description text NOT NULL,
    TeamID text NOT NULL REFERENCES teams (id),
    CreatePublicIncident boolean NOT NULL,
    CreateAt bigint NOT NULL,
    UpdateAt bigint NOT NULL DEFAULT 0,
    DeleteAt bigint NOT NULL DEFAULT 0,
    ChecklistsJSON json NOT NULL,
    NumStages bigint NOT NULL DEFAULT 0,
    NumSteps bigint NOT NULL DEFAULT 0,
    BroadcastChannelID text REFERENCES channels (id),
    ReminderMessageTemplate text,
    ReminderTimerDefaultSeconds bigint NOT NULL DEFAULT 0,
    ConcatenatedInvitedUserIDs text,
    ConcatenatedInvitedGroupIDs text,
    InviteUsersEnabled boolean DEFAULT false,
    DefaultCommanderID text REFERENCES users (id),
    DefaultCommanderEnabled boolean DEFAULT false,
    AnnouncementChannelID text REFERENCES channels (id),
    AnnouncementChannelEnabled boolean DEFAULT false,
    WebhookOnCreationURL text,
    WebhookOnStatusUpdateURL text,
    MessageOnJoin text,
    RetrospectiveReminderIntervalSeconds bigint NOT NULL DEFAULT 0,
    RetrospectiveTemplate text,
    ExportChannelOnFinishedEnabled boolean NOT NULL DEFAULT false,
    CategorizeChannelEnabled boolean DEFAULT false,
    CategoryName text DEFAULT '',
    RunSummaryTemplate text DEFAULT '',
    ChannelNameTemplate text DEFAULT '',
    Public boolean DEFAULT false,
    ChannelID text DEFAULT '' REFERENCES channels (id),
    ChannelMode text DEFAULT 'create_new_channel',
    LastRunAt bigint DEFAULT 0,
    ActiveRuns integer DEFAULT 0,
    CreateChannelMemberOnNewParticipant boolean DEFAULT true,
    RemoveChannelMemberOnRemovedParticipant boolean DEFAULT true
);

CREATE TABLE IR_Incident (
    ID text PRIMARY KEY,
    Name text NOT NULL,
    Description text NOT NULL,
    IsActive boolean NOT NULL,
    CommanderUserID text NOT NULL REFERENCES users (id),
    ReporterUserID text NOT NULL DEFAULT '' REFERENCES users (id),
    TeamID text NOT NULL REFERENCES teams (id),
    ChannelID text NOT NULL UNIQUE REFERENCES channels (id),
    CreateAt bigint NOT NULL,
    EndAt bigint NOT NULL DEFAULT 0,
    DeleteAt bigint NOT NULL DEFAULT 0,
    ActiveStage bigint NOT NULL,
    ActiveStageTitle text DEFAULT '',
    PostID text NOT NULL DEFAULT '' REFERENCES posts (id),
    PlaybookID text NOT NULL DEFAULT '' REFERENCES IR_Playbook (ID),
    ChecklistsJSON text NOT NULL,
    ReminderPostID text REFERENCES posts (id),
    PreviousReminder bigint NOT NULL DEFAULT 0,
    BroadcastChannelID text DEFAULT '' REFERENCES channels (id),
    ReminderMessageTemplate text DEFAULT '',
    CurrentStatus text NOT NULL DEFAULT 'Active',
    ConcatenatedInvitedUserIDs text DEFAULT '',
    ConcatenatedInvitedGroupIDs text DEFAULT '',
    DefaultCommanderID text DEFAULT '' REFERENCES users (id),
    AnnouncementChannelID text DEFAULT '' REFERENCES channels (id),
    WebhookOnCreationURL text DEFAULT '',
    WebhookOnStatusUpdateURL text DEFAULT '',
    Retrospective text DEFAULT '',
    RetrospectivePublishedAt bigint NOT NULL DEFAULT 0,
    RetrospectiveReminderIntervalSeconds bigint NOT NULL DEFAULT 0,
    RetrospectiveWasCanceled boolean DEFAULT false,
    MessageOnJoin text DEFAULT '',
    ExportChannelOnFinishedEnabled boolean NOT NULL DEFAULT false,
    CategorizeChannelEnabled boolean DEFAULT false,
    CategoryName text DEFAULT '',
    LastStatusUpdateAt bigint DEFAULT 0,
    Summary text DEFAULT '',
    SummaryModifiedAt bigint NOT NULL DEFAULT 0,
    RunType varchar(32) DEFAULT 'playbook'
);

CREATE TABLE IR_PlaybookMember (
    PlaybookID text NOT NULL REFERENCES IR_Playbook (ID),
    MemberID text NOT NULL REFERENCES users (id),
    Roles text,
    PRIMARY KEY (PlaybookID, MemberID)
);

CREATE TABLE IR_PlaybookAutoFollow (
    PlaybookID text NOT NULL REFERENCES IR_Playbook (ID),
    UserID text NOT NULL REFERENCES users (id),
    PRIMARY KEY (PlaybookID, UserID)
);

CREATE TABLE IR_StatusPosts (
    IncidentID text NOT NULL REFERENCES IR_Incident (ID),
    PostID text NOT NULL REFERENCES posts (id),
    PRIMARY KEY (IncidentID, PostID)
);

CREATE TABLE IR_TimelineEvent (
    ID text PRIMARY KEY,
    IncidentID text NOT NULL REFERENCES IR_Incident (ID),
    CreateAt bigint NOT NULL,
    DeleteAt bigint NOT NULL DEFAULT 0,
    EventAt bigint NOT NULL,
    EventType text NOT NULL DEFAULT '',
    Summary text NOT NULL DEFAULT '',
    Details text NOT NULL DEFAULT '',
    PostID text NOT NULL DEFAULT '' REFERENCES posts (id),
    SubjectUserID text NOT NULL DEFAULT '' REFERENCES users (id),
    CreatorUserID text NOT NULL DEFAULT '' REFERENCES users (id)
);

CREATE TABLE IR_Run_Participants (
    UserID text NOT NULL REFERENCES users (id),
    IncidentID text NOT NULL REFERENCES IR_Incident (ID),
    IsFollower boolean NOT NULL DEFAULT false,
    IsParticipant boolean DEFAULT false,
    PRIMARY KEY (IncidentID, UserID)
);

CREATE TABLE IR_Category (
    ID text PRIMARY KEY,
    Name text NOT NULL,
    TeamID text NOT NULL REFERENCES teams (id),
    UserID text NOT NULL REFERENCES users (id),
    Collapsed boolean DEFAULT false,
    CreateAt bigint NOT NULL,
    UpdateAt bigint NOT NULL DEFAULT 0,
    DeleteAt bigint NOT NULL DEFAULT 0
);

CREATE TABLE IR_Category_Item (
    Type text NOT NULL,
    CategoryID text NOT NULL REFERENCES IR_Category (ID),
    ItemID text NOT NULL,
    PRIMARY KEY (CategoryID, ItemID, Type)
);

CREATE TABLE IR_ChannelAction (
    ID text PRIMARY KEY,
    ChannelID text REFERENCES channels (id),
    Enabled boolean DEFAULT false,
    DeleteAt bigint NOT NULL DEFAULT 0,
    ActionType text NOT NULL,
    TriggerType text NOT NULL,
    Payload json NOT NULL
);

CREATE TABLE IR_MetricConfig (
    ID text PRIMARY KEY,
    PlaybookID text NOT NULL REFERENCES IR_Playbook (ID),
    Title text NOT NULL,
    Description text NOT NULL DEFAULT '',
    Type text NOT NULL,
    Target bigint,
    Ordering smallint NOT NULL DEFAULT 0,
    DeleteAt bigint NOT NULL DEFAULT 0
);

CREATE TABLE IR_Metric (
    IncidentID text NOT NULL REFERENCES IR_Incident (ID),
    MetricConfigID text NOT NULL REFERENCES IR_MetricConfig (ID),
    Value bigint,
    Published boolean NOT NULL,
    PRIMARY KEY (IncidentID, MetricConfigID)
);

CREATE TABLE IR_UserInfo (
    ID text PRIMARY KEY REFERENCES users (id),
    LastDailyTodoDMAt bigint,
    DigestNotificationSettingsJSON json
);

CREATE TABLE IR_ViewedChannel (
    ChannelID text NOT NULL REFERENCES channels (id),
    UserID text NOT NULL REFERENCES users (id),
    PRIMARY KEY (ChannelID, UserID)
);

CREATE TABLE IR_System (
    SKey varchar(64) PRIMARY KEY,
    SValue varchar(1024)
);

CREATE TABLE focalboard_boards (
    id varchar(36) PRIMARY KEY,
    insert_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    team_id varchar(36) NOT NULL REFERENCES teams (id),
    channel_id varchar(36) REFERENCES channels (id),
    created_by varchar(36) REFERENCES users (id),
    modified_by varchar(36) REFERENCES users (id),
    type varchar(1) NOT NULL,
    minimum_role varchar(36) NOT NULL DEFAULT '',
    title text NOT NULL,
    description text,
    icon varchar(256),
    show_description boolean,
    is_template boolean,
    template_version integer DEFAULT 0,
    properties jsonb,
    card_properties jsonb,
    create_at bigint,
    update_at bigint,
    delete_at bigint
);

CREATE TABLE focalboard_boards_history (
    id varchar(36) NOT NULL REFERENCES focalboard_boards (id),
    insert_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    team_id varchar(36) NOT NULL REFERENCES teams (id),
    channel_id varchar(36) REFERENCES channels (id),
    created_by varchar(36) REFERENCES users (id),
    modified_by varchar(36) REFERENCES users (id),
    type varchar(1) NOT NULL,
    minimum_role varchar(36) NOT NULL DEFAULT '',
    title text NOT NULL,
    description text,
    icon varchar(256),
    show_description boolean,
    is_template boolean,
    template_version integer DEFAULT 0,
    properties jsonb,
    card_properties jsonb,
    create_at bigint,
    update_at bigint,
    delete_at bigint,
    PRIMARY KEY (id, insert_at)
);

CREATE TABLE focalboard_blocks (
    id varchar(36) PRIMARY KEY,
    insert_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    parent_id varchar(36),
    schema bigint,
    type text,
    title text,
    fields jsonb,
    create_at bigint,
    update_at bigint,
    delete_at bigint,
    created_by varchar(36) REFERENCES users (id),
    modified_by varchar(36) REFERENCES users (id),
    board_id varchar(36) REFERENCES focalboard_boards (id)
);

CREATE TABLE focalboard_blocks_history (
    id varchar(36) NOT NULL REFERENCES focalboard_blocks (id),
    insert_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    parent_id varchar(36),
    schema bigint,
    type text,
    title text,
    fields jsonb,
    create_at bigint,
    update_at bigint,
    delete_at bigint,
    created_by varchar(36) REFERENCES users (id),
    modified_by varchar(36) REFERENCES users (id),
    board_id varchar(36) REFERENCES focalboard_boards (id),
    PRIMARY KEY (id, insert_at)
);

CREATE TABLE focalboard_board_members (
    board_id varchar(36) NOT NULL REFERENCES focalboard_boards (id),
    user_id varchar(36) NOT NULL REFERENCES users (id),
    roles varchar(64),
    minimum_role varchar(36) NOT NULL DEFAULT '',
    scheme_admin boolean,
    scheme_editor boolean,
    scheme_commenter boolean,
    scheme_viewer boolean,
    PRIMARY KEY (board_id, user_id)
);

CREATE TABLE focalboard_board_members_history (
    board_id varchar(36) NOT NULL REFERENCES focalboard_boards (id),
    user_id varchar(36) NOT NULL REFERENCES users (id),
    action varchar(10),
    insert_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (board_id, user_id, insert_at)
);

CREATE TABLE focalboard_categories (
    id varchar(36) PRIMARY KEY,
    name varchar(100) NOT NULL,
    user_id varchar(36) NOT NULL REFERENCES users (id),
    team_id varchar(36) NOT NULL REFERENCES teams (id),
    channel_id varchar(36) REFERENCES channels (id),
    create_at bigint,
    update_at bigint,
    delete_at bigint,
    collapsed boolean DEFAULT false,
    type varchar(64),
    sort_order bigint DEFAULT 0
);

CREATE TABLE focalboard_category_boards (
    id varchar(36) PRIMARY KEY,
    user_id varchar(36) NOT NULL REFERENCES users (id),
    category_id varchar(36) NOT NULL REFERENCES focalboard_categories (id),
    board_id varchar(36) NOT NULL REFERENCES focalboard_boards (id),
    create_at bigint,
    update_at bigint,
    sort_order bigint DEFAULT 0,
    hidden boolean DEFAULT false,
    UNIQUE (user_id, category_id, board_id)
);

CREATE TABLE focalboard_sharing (
    id varchar(36) PRIMARY KEY REFERENCES focalboard_boards (id),
    enabled boolean,
    token varchar(100),
    modified_by varchar(36) REFERENCES users (id),
    update_at bigint
);

CREATE TABLE focalboard_subscriptions (
    block_type varchar(10),
    block_id varchar(36),
    workspace_id varchar(36),
    subscriber_type varchar(10),
    subscriber_id varchar(36),
    notified_at bigint,
    create_at bigint,
    delete_at bigint,
    PRIMARY KEY (block_id, subscriber_id)
);

CREATE TABLE focalboard_notification_hints (
    block_type varchar(10),
    block_id varchar(36) PRIMARY KEY,
    workspace_id varchar(36),
    modified_by_id varchar(36) REFERENCES users (id),
    create_at bigint,
    notify_at bigint
);

CREATE TABLE focalboard_preferences (
    userid varchar(36) NOT NULL REFERENCES users (id),
    category varchar(32) NOT NULL,
    name varchar(32) NOT NULL,
    value text,
    PRIMARY KEY (userid, category, name)
);

CREATE TABLE focalboard_system_settings (
    id varchar(100) PRIMARY KEY,
    value text
);
