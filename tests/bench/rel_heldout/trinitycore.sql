-- trinitycore.sql: a twenty-third blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind23). The databases of
-- a TrinityCore 3.3.5 game server (a World of Warcraft server emulator,
-- C++, MySQL in the product, written here in DDL PostgreSQL and SQLite
-- read), its `auth` and `characters` databases side by side in one schema:
-- accounts with bans, mutes, RBAC permissions and realms; characters with
-- their inventory, item instances, spells, quests, social lists, pets;
-- groups and instances; guilds with ranks, bank tabs and event logs; arena
-- teams; mail, auctions, petitions, calendar, GM tickets, corpses.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of TrinityCore's auth.sql and
-- characters.sql, trimmed (columns too).
-- Conventions: TrinityCore declares no FKs; the REFERENCES are the links
-- its C++ code follows (and its cleanup queries delete by). Characters,
-- items, groups and pets are all keyed by a column named `guid` (the low
-- part of the game object's GUID), and the per-character tables refer to
-- the character by a column also named `guid`, so that `guid` is a key in
-- one table and a link in the next; other links are named by role with
-- `guid` glued on in mixed case (leaderGuid, memberGuid, captainGuid,
-- creatorGuid, giftCreatorGuid, playerGuid, looterGuid, masterLooterGuid,
-- owner_guid, item_guid, itemguid, petitionguid, ownerguid, playerguid,
-- PlayerGuid1 / PlayerGuid2), or bare (account, owner, receiver, friend,
-- instance, itemowner, buyguid, Owner, Invitee, Sender, assignedTo, item);
-- auth keys are `id` (account.id referred to as account, acctid,
-- AccountID, accountId, id, player_account, deleteInfos_Account), guilds
-- `guildid`, arena teams `arenaTeamId`, calendar `EventID` / `InviteID`;
-- composite keys for guild ranks and bank tabs, referred to with other
-- column names (guild_member.rank -> guild_rank.rid, guild_bank_right.rid).
-- Equipment sets keep item guids in numbered slots item0 .. item4 (the
-- product has item0 .. item18).
-- Left without REFERENCES: the template / DBC ids of the world database,
-- which is not here (itemEntry, entry, spell, quest, skill, faction,
-- achievement, criteria, map, mapId, zone, glyph1 .., CreatedBySpell,
-- dungeon, mailTemplateId, houseid); mail.sender (a character or a
-- creature, by messageType); character_inventory.bag (an item guid, or 0
-- for the backpack); casterGuid / itemGuid of auras (full 64-bit GUIDs
-- with a type in the high bits); account_access.RealmID and
-- rbac_*.realmId (-1 means every realm); gm_ticket.closedBy /
-- resolvedBy (a character, or -1 for the console); the names kept as text
-- (bannedby, mutedby, the ticket's name, the account's muteby).

CREATE TABLE account (
    id integer PRIMARY KEY,
    username varchar(32) NOT NULL UNIQUE,
    salt bytea NOT NULL,
    verifier bytea NOT NULL,
    session_key bytea,
    totp_secret bytea,
    email varchar(255) NOT NULL,
    reg_mail varchar(255) NOT NULL,
    joindate timestamp NOT NULL,
    last_ip varchar(15) NOT NULL,
    last_attempt_ip varchar(15) NOT NULL,
    failed_logins integer NOT NULL,
    locked smallint NOT NULL,
    lock_country varchar(2) NOT NULL,
    last_login timestamp,
    online smallint NOT NULL,
    expansion smallint NOT NULL,
    mutetime bigint NOT NULL,
    mutereason varchar(255) NOT NULL,
    muteby varchar(50) NOT NULL,
    locale smallint NOT NULL,
    os varchar(3) NOT NULL,
    recruiter integer REFERENCES account (id)
);

CREATE TABLE account_access (
    AccountID integer NOT NULL REFERENCES account (id),
    SecurityLevel smallint NOT NULL,
    RealmID integer NOT NULL,
    Comment varchar(255),
    PRIMARY KEY (AccountID, RealmID)
);

CREATE TABLE account_banned (
    id integer NOT NULL REFERENCES account (id),
    bandate integer NOT NULL,
    unbandate integer NOT NULL,
    bannedby varchar(50) NOT NULL,
    banreason varchar(255) NOT NULL,
    active smallint NOT NULL,
    PRIMARY KEY (id, bandate)
);

CREATE TABLE account_muted (
    guid integer NOT NULL REFERENCES account (id),
    mutedate integer NOT NULL,
    mutetime integer NOT NULL,
    mutedby varchar(50) NOT NULL,
    mutereason varchar(255) NOT NULL,
    PRIMARY KEY (guid, mutedate)
);

CREATE TABLE ip_banned (
    ip varchar(15) NOT NULL,
    bandate integer NOT NULL,
    unbandate integer NOT NULL,
    bannedby varchar(50) NOT NULL,
    banreason varchar(255) NOT NULL,
    PRIMARY KEY (ip, bandate)
);

CREATE TABLE build_info (
    build integer PRIMARY KEY,
    majorVersion integer,
    minorVersion integer,
    bugfixVersion integer,
    hotfixVersion char(3),
    winAuthSeed varchar(32),
    win64AuthSeed varchar(32),
    mac64AuthSeed varchar(32)
);

CREATE TABLE realmlist (
    id integer PRIMARY KEY,
    name varchar(32) NOT NULL UNIQUE,
    address varchar(255) NOT NULL,
    localAddress varchar(255) NOT NULL,
    localSubnetMask varchar(255) NOT NULL,
    port integer NOT NULL,
    icon smallint NOT NULL,
    flag smallint NOT NULL,
    timezone smallint NOT NULL,
    allowedSecurityLevel smallint NOT NULL,
    population real NOT NULL,
    gamebuild integer NOT NULL REFERENCES build_info (build)
);

CREATE TABLE realmcharacters (
    realmid integer NOT NULL REFERENCES realmlist (id),
    acctid integer NOT NULL REFERENCES account (id),
    numchars smallint NOT NULL,
    PRIMARY KEY (realmid, acctid)
);

CREATE TABLE uptime (
    realmid integer NOT NULL REFERENCES realmlist (id),
    starttime integer NOT NULL,
    uptime integer NOT NULL,
    maxplayers smallint NOT NULL,
    revision varchar(255) NOT NULL,
    PRIMARY KEY (realmid, starttime)
);

CREATE TABLE rbac_permissions (
    id integer PRIMARY KEY,
    name varchar(100) NOT NULL
);

CREATE TABLE rbac_linked_permissions (
    id integer NOT NULL REFERENCES rbac_permissions (id),
    linkedId integer NOT NULL REFERENCES rbac_permissions (id),
    PRIMARY KEY (id, linkedId)
);

CREATE TABLE rbac_default_permissions (
    secId integer NOT NULL,
    permissionId integer NOT NULL REFERENCES rbac_permissions (id),
    realmId integer NOT NULL,
    PRIMARY KEY (secId, permissionId, realmId)
);

CREATE TABLE rbac_account_permissions (
    accountId integer NOT NULL REFERENCES account (id),
    permissionId integer NOT NULL REFERENCES rbac_permissions (id),
    granted smallint NOT NULL,
    realmId integer NOT NULL,
    PRIMARY KEY (accountId, permissionId, realmId)
);

CREATE TABLE account_data (
    accountId integer NOT NULL REFERENCES account (id),
    type smallint NOT NULL,
    time integer NOT NULL,
    data bytea NOT NULL,
    PRIMARY KEY (accountId, type)
);

CREATE TABLE account_tutorial (
    accountId integer NOT NULL PRIMARY KEY REFERENCES account (id),
    tut0 integer NOT NULL,
    tut1 integer NOT NULL,
    tut2 integer NOT NULL,
    tut3 integer NOT NULL
);

CREATE TABLE characters (
    guid integer PRIMARY KEY,
    account integer NOT NULL REFERENCES account (id),
    name varchar(12) NOT NULL,
    race smallint NOT NULL,
    class smallint NOT NULL,
    gender smallint NOT NULL,
    level smallint NOT NULL,
    xp integer NOT NULL,
    money integer NOT NULL,
    skin smallint NOT NULL,
    face smallint NOT NULL,
    hairStyle smallint NOT NULL,
    hairColor smallint NOT NULL,
    position_x real NOT NULL,
    position_y real NOT NULL,
    position_z real NOT NULL,
    map smallint NOT NULL,
    instance_id integer,
    orientation real NOT NULL,
    taximask text NOT NULL,
    online smallint NOT NULL,
    totaltime integer NOT NULL,
    leveltime integer NOT NULL,
    logout_time integer NOT NULL,
    at_login smallint NOT NULL,
    zone smallint NOT NULL,
    arenaPoints integer NOT NULL,
    totalHonorPoints integer NOT NULL,
    totalKills integer NOT NULL,
    chosenTitle integer NOT NULL,
    watchedFaction integer NOT NULL,
    health integer NOT NULL,
    power1 integer NOT NULL,
    exploredZones text,
    equipmentCache text,
    knownTitles text,
    deleteInfos_Account integer REFERENCES account (id),
    deleteInfos_Name varchar(12),
    deleteDate integer
);

CREATE TABLE instance (
    id integer PRIMARY KEY,
    map smallint NOT NULL,
    resettime integer NOT NULL,
    difficulty smallint NOT NULL,
    completedEncounters integer NOT NULL,
    data text NOT NULL
);

CREATE TABLE item_instance (
    guid integer PRIMARY KEY,
    itemEntry integer NOT NULL,
    owner_guid integer NOT NULL REFERENCES characters (guid),
    creatorGuid integer REFERENCES characters (guid),
    giftCreatorGuid integer REFERENCES characters (guid),
    count integer NOT NULL,
    duration integer NOT NULL,
    charges text,
    flags integer NOT NULL,
    enchantments text NOT NULL,
    randomPropertyId smallint NOT NULL,
    durability smallint NOT NULL,
    playedTime integer NOT NULL,
    text text
);

CREATE TABLE character_inventory (
    guid integer NOT NULL REFERENCES characters (guid),
    bag integer NOT NULL,
    slot smallint NOT NULL,
    item integer NOT NULL PRIMARY KEY REFERENCES item_instance (guid),
    UNIQUE (guid, bag, slot)
);

CREATE TABLE character_account_data (
    guid integer NOT NULL REFERENCES characters (guid),
    type smallint NOT NULL,
    time integer NOT NULL,
    data bytea NOT NULL,
    PRIMARY KEY (guid, type)
);

CREATE TABLE character_action (
    guid integer NOT NULL REFERENCES characters (guid),
    spec smallint NOT NULL,
    button smallint NOT NULL,
    action integer NOT NULL,
    type smallint NOT NULL,
    PRIMARY KEY (guid, spec, button)
);

CREATE TABLE character_aura (
    guid integer NOT NULL REFERENCES characters (guid),
    casterGuid bigint NOT NULL,
    itemGuid bigint NOT NULL,
    spell integer NOT NULL,
    effectMask smallint NOT NULL,
    recalculateMask smallint NOT NULL,
    stackCount smallint NOT NULL,
    maxDuration integer NOT NULL,
    remainTime integer NOT NULL,
    remainCharges smallint NOT NULL,
    PRIMARY KEY (guid, casterGuid, itemGuid, spell, effectMask)
);

CREATE TABLE character_spell (
    guid integer NOT NULL REFERENCES characters (guid),
    spell integer NOT NULL,
    active smallint NOT NULL,
    disabled smallint NOT NULL,
    PRIMARY KEY (guid, spell)
);

CREATE TABLE character_spell_cooldown (
    guid integer NOT NULL REFERENCES characters (guid),
    spell integer NOT NULL,
    item integer NOT NULL,
    time integer NOT NULL,
    categoryId integer,
    categoryEnd integer,
    PRIMARY KEY (guid, spell)
);

CREATE TABLE character_skills (
    guid integer NOT NULL REFERENCES characters (guid),
    skill smallint NOT NULL,
    value smallint NOT NULL,
    max smallint NOT NULL,
    PRIMARY KEY (guid, skill)
);

CREATE TABLE character_talent (
    guid integer NOT NULL REFERENCES characters (guid),
    spell integer NOT NULL,
    talentGroup smallint NOT NULL,
    PRIMARY KEY (guid, spell, talentGroup)
);

CREATE TABLE character_glyphs (
    guid integer NOT NULL REFERENCES characters (guid),
    talentGroup smallint NOT NULL,
    glyph1 smallint,
    glyph2 smallint,
    glyph3 smallint,
    PRIMARY KEY (guid, talentGroup)
);

CREATE TABLE character_reputation (
    guid integer NOT NULL REFERENCES characters (guid),
    faction smallint NOT NULL,
    standing integer NOT NULL,
    flags smallint NOT NULL,
    PRIMARY KEY (guid, faction)
);

CREATE TABLE character_queststatus (
    guid integer NOT NULL REFERENCES characters (guid),
    quest integer NOT NULL,
    status smallint NOT NULL,
    explored smallint NOT NULL,
    timer integer NOT NULL,
    mobcount1 smallint NOT NULL,
    mobcount2 smallint NOT NULL,
    itemcount1 smallint NOT NULL,
    itemcount2 smallint NOT NULL,
    playercount smallint NOT NULL,
    PRIMARY KEY (guid, quest)
);

CREATE TABLE character_queststatus_rewarded (
    guid integer NOT NULL REFERENCES characters (guid),
    quest integer NOT NULL,
    active smallint NOT NULL,
    PRIMARY KEY (guid, quest)
);

CREATE TABLE character_achievement (
    guid integer NOT NULL REFERENCES characters (guid),
    achievement smallint NOT NULL,
    date integer NOT NULL,
    PRIMARY KEY (guid, achievement)
);

CREATE TABLE character_achievement_progress (
    guid integer NOT NULL REFERENCES characters (guid),
    criteria smallint NOT NULL,
    counter integer NOT NULL,
    date integer NOT NULL,
    PRIMARY KEY (guid, criteria)
);

CREATE TABLE character_homebind (
    guid integer NOT NULL PRIMARY KEY REFERENCES characters (guid),
    mapId smallint NOT NULL,
    zoneId smallint NOT NULL,
    posX real NOT NULL,
    posY real NOT NULL,
    posZ real NOT NULL
);

CREATE TABLE character_social (
    guid integer NOT NULL REFERENCES characters (guid),
    friend integer NOT NULL REFERENCES characters (guid),
    flags smallint NOT NULL,
    note varchar(48) NOT NULL,
    PRIMARY KEY (guid, friend, flags)
);

CREATE TABLE character_banned (
    guid integer NOT NULL REFERENCES characters (guid),
    bandate integer NOT NULL,
    unbandate integer NOT NULL,
    bannedby varchar(50) NOT NULL,
    banreason varchar(255) NOT NULL,
    active smallint NOT NULL,
    PRIMARY KEY (guid, bandate)
);

CREATE TABLE character_battleground_data (
    guid integer NOT NULL PRIMARY KEY REFERENCES characters (guid),
    instanceId integer NOT NULL,
    team smallint NOT NULL,
    joinX real NOT NULL,
    joinY real NOT NULL,
    joinZ real NOT NULL,
    joinO real NOT NULL,
    joinMapId smallint NOT NULL,
    taxiStart integer NOT NULL,
    taxiEnd integer NOT NULL,
    mountSpell integer NOT NULL
);

CREATE TABLE character_instance (
    guid integer NOT NULL REFERENCES characters (guid),
    instance integer NOT NULL REFERENCES instance (id),
    permanent smallint NOT NULL,
    extendState smallint NOT NULL,
    PRIMARY KEY (guid, instance)
);

CREATE TABLE character_equipmentsets (
    guid integer NOT NULL REFERENCES characters (guid),
    setguid bigint PRIMARY KEY,
    setindex smallint NOT NULL,
    name varchar(31) NOT NULL,
    iconname varchar(100) NOT NULL,
    ignore_mask integer NOT NULL,
    item0 integer REFERENCES item_instance (guid),
    item1 integer REFERENCES item_instance (guid),
    item2 integer REFERENCES item_instance (guid),
    item3 integer REFERENCES item_instance (guid),
    item4 integer REFERENCES item_instance (guid),
    UNIQUE (guid, setindex)
);

CREATE TABLE character_gifts (
    guid integer NOT NULL REFERENCES characters (guid),
    item_guid integer NOT NULL PRIMARY KEY REFERENCES item_instance (guid),
    entry integer NOT NULL,
    flags integer NOT NULL
);

CREATE TABLE item_refund_instance (
    item_guid integer NOT NULL REFERENCES item_instance (guid),
    player_guid integer NOT NULL REFERENCES characters (guid),
    paidMoney integer NOT NULL,
    paidExtendedCost smallint NOT NULL,
    PRIMARY KEY (item_guid, player_guid)
);

CREATE TABLE item_soulbound_trade_data (
    itemGuid integer NOT NULL PRIMARY KEY REFERENCES item_instance (guid),
    allowedPlayers text NOT NULL
);

CREATE TABLE character_pet (
    id integer PRIMARY KEY,
    entry integer NOT NULL,
    owner integer NOT NULL REFERENCES characters (guid),
    modelid integer,
    CreatedBySpell integer NOT NULL,
    PetType smallint NOT NULL,
    level smallint NOT NULL,
    exp integer NOT NULL,
    Reactstate smallint NOT NULL,
    name varchar(21) NOT NULL,
    renamed smallint NOT NULL,
    slot smallint NOT NULL,
    curhealth integer NOT NULL,
    curmana integer NOT NULL,
    savetime integer NOT NULL,
    abdata text
);

CREATE TABLE pet_aura (
    guid integer NOT NULL REFERENCES character_pet (id),
    casterGuid bigint NOT NULL,
    spell integer NOT NULL,
    effectMask smallint NOT NULL,
    stackCount smallint NOT NULL,
    remainTime integer NOT NULL,
    PRIMARY KEY (guid, casterGuid, spell, effectMask)
);

CREATE TABLE pet_spell (
    guid integer NOT NULL REFERENCES character_pet (id),
    spell integer NOT NULL,
    active smallint NOT NULL,
    PRIMARY KEY (guid, spell)
);

CREATE TABLE pet_spell_cooldown (
    guid integer NOT NULL REFERENCES character_pet (id),
    spell integer NOT NULL,
    time integer NOT NULL,
    PRIMARY KEY (guid, spell)
);

CREATE TABLE groups (
    guid integer PRIMARY KEY,
    leaderGuid integer NOT NULL REFERENCES characters (guid),
    lootMethod smallint NOT NULL,
    looterGuid integer REFERENCES characters (guid),
    lootThreshold smallint NOT NULL,
    icon1 bigint NOT NULL,
    icon2 bigint NOT NULL,
    groupType smallint NOT NULL,
    difficulty smallint NOT NULL,
    raidDifficulty smallint NOT NULL,
    masterLooterGuid integer REFERENCES characters (guid)
);

CREATE TABLE group_member (
    guid integer NOT NULL REFERENCES groups (guid),
    memberGuid integer NOT NULL PRIMARY KEY REFERENCES characters (guid),
    memberFlags smallint NOT NULL,
    subgroup smallint NOT NULL,
    roles smallint NOT NULL
);

CREATE TABLE group_instance (
    guid integer NOT NULL REFERENCES groups (guid),
    instance integer NOT NULL REFERENCES instance (id),
    permanent smallint NOT NULL,
    PRIMARY KEY (guid, instance)
);

CREATE TABLE lfg_data (
    guid integer NOT NULL PRIMARY KEY REFERENCES groups (guid),
    dungeon integer NOT NULL,
    state smallint NOT NULL
);

CREATE TABLE guild (
    guildid integer PRIMARY KEY,
    name varchar(24) NOT NULL,
    leaderguid integer NOT NULL REFERENCES characters (guid),
    EmblemStyle smallint NOT NULL,
    EmblemColor smallint NOT NULL,
    BorderStyle smallint NOT NULL,
    BorderColor smallint NOT NULL,
    BackgroundColor smallint NOT NULL,
    info varchar(500) NOT NULL,
    motd varchar(128) NOT NULL,
    createdate integer NOT NULL,
    BankMoney bigint NOT NULL
);

CREATE TABLE guild_rank (
    guildid integer NOT NULL REFERENCES guild (guildid),
    rid smallint NOT NULL,
    rname varchar(20) NOT NULL,
    rights integer NOT NULL,
    BankMoneyPerDay integer NOT NULL,
    PRIMARY KEY (guildid, rid)
);

CREATE TABLE guild_member (
    guildid integer NOT NULL REFERENCES guild (guildid),
    guid integer NOT NULL PRIMARY KEY REFERENCES characters (guid),
    rank smallint NOT NULL,
    pnote varchar(31) NOT NULL,
    offnote varchar(31) NOT NULL,
    FOREIGN KEY (guildid, rank) REFERENCES guild_rank (guildid, rid)
);

CREATE TABLE guild_bank_tab (
    guildid integer NOT NULL REFERENCES guild (guildid),
    TabId smallint NOT NULL,
    TabName varchar(16) NOT NULL,
    TabIcon varchar(100) NOT NULL,
    TabText varchar(500),
    PRIMARY KEY (guildid, TabId)
);

CREATE TABLE guild_bank_item (
    guildid integer NOT NULL,
    TabId smallint NOT NULL,
    SlotId smallint NOT NULL,
    item_guid integer NOT NULL UNIQUE REFERENCES item_instance (guid),
    PRIMARY KEY (guildid, TabId, SlotId),
    FOREIGN KEY (guildid, TabId) REFERENCES guild_bank_tab (guildid, TabId)
);

CREATE TABLE guild_bank_right (
    guildid integer NOT NULL,
    TabId smallint NOT NULL,
    rid smallint NOT NULL,
    gbright smallint NOT NULL,
    SlotPerDay integer NOT NULL,
    PRIMARY KEY (guildid, TabId, rid),
    FOREIGN KEY (guildid, TabId) REFERENCES guild_bank_tab (guildid, TabId),
    FOREIGN KEY (guildid, rid) REFERENCES guild_rank (guildid, rid)
);

CREATE TABLE guild_eventlog (
    guildid integer NOT NULL REFERENCES guild (guildid),
    LogGuid integer NOT NULL,
    EventType smallint NOT NULL,
    PlayerGuid1 integer NOT NULL REFERENCES characters (guid),
    PlayerGuid2 integer REFERENCES characters (guid),
    NewRank smallint NOT NULL,
    TimeStamp integer NOT NULL,
    PRIMARY KEY (guildid, LogGuid)
);

CREATE TABLE guild_bank_eventlog (
    guildid integer NOT NULL REFERENCES guild (guildid),
    LogGuid integer NOT NULL,
    TabId smallint NOT NULL,
    EventType smallint NOT NULL,
    PlayerGuid integer NOT NULL REFERENCES characters (guid),
    ItemOrMoney integer NOT NULL,
    ItemStackCount smallint NOT NULL,
    DestTabId smallint NOT NULL,
    TimeStamp integer NOT NULL,
    PRIMARY KEY (guildid, LogGuid, TabId)
);

CREATE TABLE arena_team (
    arenaTeamId integer PRIMARY KEY,
    name varchar(24) NOT NULL,
    captainGuid integer NOT NULL REFERENCES characters (guid),
    type smallint NOT NULL,
    rating smallint NOT NULL,
    seasonGames smallint NOT NULL,
    seasonWins smallint NOT NULL,
    weekGames smallint NOT NULL,
    weekWins smallint NOT NULL,
    rank integer NOT NULL,
    backgroundColor integer NOT NULL,
    emblemStyle smallint NOT NULL,
    emblemColor integer NOT NULL,
    borderStyle smallint NOT NULL,
    borderColor integer NOT NULL
);

CREATE TABLE arena_team_member (
    arenaTeamId integer NOT NULL REFERENCES arena_team (arenaTeamId),
    guid integer NOT NULL REFERENCES characters (guid),
    weekGames smallint NOT NULL,
    weekWins smallint NOT NULL,
    seasonGames smallint NOT NULL,
    seasonWins smallint NOT NULL,
    personalRating smallint NOT NULL,
    PRIMARY KEY (arenaTeamId, guid)
);

CREATE TABLE character_arena_stats (
    guid integer NOT NULL REFERENCES characters (guid),
    slot smallint NOT NULL,
    matchMakerRating smallint NOT NULL,
    PRIMARY KEY (guid, slot)
);

CREATE TABLE mail (
    id integer PRIMARY KEY,
    messageType smallint NOT NULL,
    stationery smallint NOT NULL,
    mailTemplateId smallint NOT NULL,
    sender integer NOT NULL,
    receiver integer NOT NULL REFERENCES characters (guid),
    subject text,
    body text,
    has_items smallint NOT NULL,
    expire_time integer NOT NULL,
    deliver_time integer NOT NULL,
    money integer NOT NULL,
    cod integer NOT NULL,
    checked smallint NOT NULL
);

CREATE TABLE mail_items (
    mail_id integer NOT NULL REFERENCES mail (id),
    item_guid integer NOT NULL PRIMARY KEY REFERENCES item_instance (guid),
    receiver integer NOT NULL REFERENCES characters (guid)
);

CREATE TABLE auctionhouse (
    id integer PRIMARY KEY,
    houseid smallint NOT NULL,
    itemguid integer NOT NULL UNIQUE REFERENCES item_instance (guid),
    itemowner integer NOT NULL REFERENCES characters (guid),
    buyoutprice integer NOT NULL,
    time integer NOT NULL,
    buyguid integer REFERENCES characters (guid),
    lastbid integer NOT NULL,
    startbid integer NOT NULL,
    deposit integer NOT NULL
);

CREATE TABLE petition (
    ownerguid integer NOT NULL REFERENCES characters (guid),
    petitionguid integer UNIQUE REFERENCES item_instance (guid),
    name varchar(24) NOT NULL,
    type smallint NOT NULL,
    PRIMARY KEY (ownerguid, type)
);

CREATE TABLE petition_sign (
    ownerguid integer NOT NULL REFERENCES characters (guid),
    petitionguid integer NOT NULL REFERENCES petition (petitionguid),
    playerguid integer NOT NULL REFERENCES characters (guid),
    player_account integer NOT NULL REFERENCES account (id),
    type smallint NOT NULL,
    PRIMARY KEY (petitionguid, playerguid)
);

CREATE TABLE corpse (
    guid integer NOT NULL PRIMARY KEY REFERENCES characters (guid),
    posX real NOT NULL,
    posY real NOT NULL,
    posZ real NOT NULL,
    orientation real NOT NULL,
    mapId smallint NOT NULL,
    displayId integer NOT NULL,
    itemCache text NOT NULL,
    flags smallint NOT NULL,
    dynFlags smallint NOT NULL,
    time integer NOT NULL,
    corpseType smallint NOT NULL,
    instanceId integer REFERENCES instance (id)
);

CREATE TABLE calendar_events (
    EventID bigint PRIMARY KEY,
    Owner integer NOT NULL REFERENCES characters (guid),
    Title varchar(255) NOT NULL,
    Description varchar(255) NOT NULL,
    EventType smallint NOT NULL,
    TextureID integer NOT NULL,
    Date integer NOT NULL,
    Flags integer NOT NULL,
    LockDate integer NOT NULL
);

CREATE TABLE calendar_invites (
    InviteID bigint PRIMARY KEY,
    EventID bigint NOT NULL REFERENCES calendar_events (EventID),
    Invitee integer NOT NULL REFERENCES characters (guid),
    Sender integer NOT NULL REFERENCES characters (guid),
    Status smallint NOT NULL,
    ResponseTime integer NOT NULL,
    ModerationRank smallint NOT NULL,
    Note varchar(255) NOT NULL
);

CREATE TABLE gm_ticket (
    id integer PRIMARY KEY,
    type smallint NOT NULL,
    playerGuid integer NOT NULL REFERENCES characters (guid),
    name varchar(12) NOT NULL,
    description text NOT NULL,
    createTime integer NOT NULL,
    mapId smallint NOT NULL,
    posX real NOT NULL,
    posY real NOT NULL,
    posZ real NOT NULL,
    lastModifiedTime integer NOT NULL,
    closedBy integer NOT NULL,
    assignedTo integer REFERENCES characters (guid),
    comment text NOT NULL,
    response text NOT NULL,
    completed smallint NOT NULL,
    escalated smallint NOT NULL,
    viewed smallint NOT NULL,
    needMoreHelp smallint NOT NULL,
    resolvedBy integer NOT NULL
);

CREATE TABLE logs_ip_actions (
    id integer PRIMARY KEY,
    account_id integer NOT NULL REFERENCES account (id),
    character_guid integer REFERENCES characters (guid),
    type smallint NOT NULL,
    ip varchar(15) NOT NULL,
    systemnote text,
    unixtime integer NOT NULL,
    time timestamp NOT NULL,
    comment text
);
