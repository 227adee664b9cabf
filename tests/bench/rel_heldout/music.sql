-- music.sql: a held-out fold for relationship inference (tests/bench/eval_relations
-- --group-new). A music metadata database in the style of MusicBrainz, written for
-- this bench from the public conventions of that schema (not copied from it):
-- foreign-key columns are named after the table they reference
-- (release.release_group, track.recording, medium.release), lookup tables are
-- prefixed by their child (medium.format -> medium_format, release.status ->
-- release_status), relationship tables are l_<entity0>_<entity1> with entity0 /
-- entity1 columns, and several columns reference the same table under a role
-- (artist.begin_area -> area). The declared foreign keys are the truth.
-- Readable by PostgreSQL, SQLite and Sextant's DDL reader.

CREATE TABLE area_type (
    id integer PRIMARY KEY,
    name varchar(255) NOT NULL,
    parent integer REFERENCES area_type (id),
    child_order integer NOT NULL DEFAULT 0,
    description text,
    gid uuid NOT NULL
);

CREATE TABLE area (
    id integer PRIMARY KEY,
    gid uuid NOT NULL,
    name varchar NOT NULL,
    type integer REFERENCES area_type (id),
    edits_pending integer NOT NULL DEFAULT 0,
    last_updated timestamp with time zone,
    begin_date_year smallint,
    begin_date_month smallint,
    begin_date_day smallint,
    end_date_year smallint,
    end_date_month smallint,
    end_date_day smallint,
    ended boolean NOT NULL DEFAULT false,
    comment varchar(255) NOT NULL DEFAULT ''
);

CREATE TABLE country_area (
    area integer PRIMARY KEY REFERENCES area (id)
);

CREATE TABLE iso_3166_1 (
    area integer NOT NULL REFERENCES area (id),
    code char(2) PRIMARY KEY
);

CREATE TABLE gender (
    id integer PRIMARY KEY,
    name varchar(255) NOT NULL,
    parent integer REFERENCES gender (id),
    child_order integer NOT NULL DEFAULT 0,
    description text,
    gid uuid NOT NULL
);

CREATE TABLE language (
    id integer PRIMARY KEY,
    iso_code_2t char(3),
    iso_code_2b char(3),
    iso_code_1 char(2),
    name varchar(100) NOT NULL,
    frequency smallint NOT NULL DEFAULT 0,
    iso_code_3 char(3)
);

CREATE TABLE script (
    id integer PRIMARY KEY,
    iso_code char(4) NOT NULL,
    iso_number char(3) NOT NULL,
    name varchar(100) NOT NULL,
    frequency smallint NOT NULL DEFAULT 0
);

CREATE TABLE artist_type (
    id integer PRIMARY KEY,
    name varchar(255) NOT NULL,
    parent integer REFERENCES artist_type (id),
    child_order integer NOT NULL DEFAULT 0,
    description text,
    gid uuid NOT NULL
);

CREATE TABLE artist (
    id integer PRIMARY KEY,
    gid uuid NOT NULL,
    name varchar NOT NULL,
    sort_name varchar NOT NULL,
    begin_date_year smallint,
    begin_date_month smallint,
    begin_date_day smallint,
    end_date_year smallint,
    end_date_month smallint,
    end_date_day smallint,
    type integer REFERENCES artist_type (id),
    area integer REFERENCES area (id),
    gender integer REFERENCES gender (id),
    comment varchar(255) NOT NULL DEFAULT '',
    edits_pending integer NOT NULL DEFAULT 0,
    last_updated timestamp with time zone,
    ended boolean NOT NULL DEFAULT false,
    begin_area integer REFERENCES area (id),
    end_area integer REFERENCES area (id)
);

CREATE TABLE artist_alias_type (
    id integer PRIMARY KEY,
    name text NOT NULL,
    parent integer REFERENCES artist_alias_type (id),
    child_order integer NOT NULL DEFAULT 0,
    description text,
    gid uuid NOT NULL
);

CREATE TABLE artist_alias (
    id integer PRIMARY KEY,
    artist integer NOT NULL REFERENCES artist (id),
    name varchar NOT NULL,
    locale text,
    edits_pending integer NOT NULL DEFAULT 0,
    last_updated timestamp with time zone,
    type integer REFERENCES artist_alias_type (id),
    sort_name varchar NOT NULL,
    primary_for_locale boolean NOT NULL DEFAULT false,
    ended boolean NOT NULL DEFAULT false
);

CREATE TABLE artist_ipi (
    artist integer NOT NULL REFERENCES artist (id),
    ipi char(11) NOT NULL,
    edits_pending integer NOT NULL DEFAULT 0,
    created timestamp with time zone,
    PRIMARY KEY (artist, ipi)
);

CREATE TABLE artist_isni (
    artist integer NOT NULL REFERENCES artist (id),
    isni char(16) NOT NULL,
    edits_pending integer NOT NULL DEFAULT 0,
    created timestamp with time zone,
    PRIMARY KEY (artist, isni)
);

CREATE TABLE artist_credit (
    id integer PRIMARY KEY,
    name varchar NOT NULL,
    artist_count smallint NOT NULL,
    ref_count integer DEFAULT 0,
    created timestamp with time zone,
    edits_pending integer NOT NULL DEFAULT 0,
    gid uuid NOT NULL
);

CREATE TABLE artist_credit_name (
    artist_credit integer NOT NULL REFERENCES artist_credit (id),
    position smallint NOT NULL,
    artist integer NOT NULL REFERENCES artist (id),
    name varchar NOT NULL,
    join_phrase text NOT NULL DEFAULT '',
    PRIMARY KEY (artist_credit, position)
);

CREATE TABLE label_type (
    id integer PRIMARY KEY,
    name varchar(255) NOT NULL,
    parent integer REFERENCES label_type (id),
    child_order integer NOT NULL DEFAULT 0,
    description text,
    gid uuid NOT NULL
);

CREATE TABLE label (
    id integer PRIMARY KEY,
    gid uuid NOT NULL,
    name varchar NOT NULL,
    begin_date_year smallint,
    end_date_year smallint,
    label_code integer,
    type integer REFERENCES label_type (id),
    area integer REFERENCES area (id),
    comment varchar(255) NOT NULL DEFAULT '',
    edits_pending integer NOT NULL DEFAULT 0,
    last_updated timestamp with time zone,
    ended boolean NOT NULL DEFAULT false
);

CREATE TABLE release_group_primary_type (
    id integer PRIMARY KEY,
    name varchar(255) NOT NULL,
    parent integer REFERENCES release_group_primary_type (id),
    child_order integer NOT NULL DEFAULT 0,
    description text,
    gid uuid NOT NULL
);

CREATE TABLE release_group_secondary_type (
    id integer PRIMARY KEY,
    name text NOT NULL,
    parent integer REFERENCES release_group_secondary_type (id),
    child_order integer NOT NULL DEFAULT 0,
    description text,
    gid uuid NOT NULL
);

CREATE TABLE release_group (
    id integer PRIMARY KEY,
    gid uuid NOT NULL,
    name varchar NOT NULL,
    artist_credit integer NOT NULL REFERENCES artist_credit (id),
    type integer REFERENCES release_group_primary_type (id),
    comment varchar(255) NOT NULL DEFAULT '',
    edits_pending integer NOT NULL DEFAULT 0,
    last_updated timestamp with time zone
);

CREATE TABLE release_group_secondary_type_join (
    release_group integer NOT NULL REFERENCES release_group (id),
    secondary_type integer NOT NULL REFERENCES release_group_secondary_type (id),
    created timestamp with time zone,
    PRIMARY KEY (release_group, secondary_type)
);

CREATE TABLE release_status (
    id integer PRIMARY KEY,
    name varchar(255) NOT NULL,
    parent integer REFERENCES release_status (id),
    child_order integer NOT NULL DEFAULT 0,
    description text,
    gid uuid NOT NULL
);

CREATE TABLE release_packaging (
    id integer PRIMARY KEY,
    name varchar(255) NOT NULL,
    parent integer REFERENCES release_packaging (id),
    child_order integer NOT NULL DEFAULT 0,
    description text,
    gid uuid NOT NULL
);

CREATE TABLE release (
    id integer PRIMARY KEY,
    gid uuid NOT NULL,
    name varchar NOT NULL,
    artist_credit integer NOT NULL REFERENCES artist_credit (id),
    release_group integer NOT NULL REFERENCES release_group (id),
    status integer REFERENCES release_status (id),
    packaging integer REFERENCES release_packaging (id),
    language integer REFERENCES language (id),
    script integer REFERENCES script (id),
    barcode varchar(255),
    comment varchar(255) NOT NULL DEFAULT '',
    edits_pending integer NOT NULL DEFAULT 0,
    quality smallint NOT NULL DEFAULT -1,
    last_updated timestamp with time zone
);

CREATE TABLE release_country (
    release integer NOT NULL REFERENCES release (id),
    country integer NOT NULL REFERENCES country_area (area),
    date_year smallint,
    date_month smallint,
    date_day smallint,
    PRIMARY KEY (release, country)
);

CREATE TABLE release_unknown_country (
    release integer PRIMARY KEY REFERENCES release (id),
    date_year smallint,
    date_month smallint,
    date_day smallint
);

CREATE TABLE release_label (
    id integer PRIMARY KEY,
    release integer NOT NULL REFERENCES release (id),
    label integer REFERENCES label (id),
    catalog_number varchar(255),
    last_updated timestamp with time zone
);

CREATE TABLE medium_format (
    id integer PRIMARY KEY,
    name varchar(100) NOT NULL,
    parent integer REFERENCES medium_format (id),
    child_order integer NOT NULL DEFAULT 0,
    year smallint,
    has_discids boolean NOT NULL DEFAULT false,
    description text,
    gid uuid NOT NULL
);

CREATE TABLE medium (
    id integer PRIMARY KEY,
    release integer NOT NULL REFERENCES release (id),
    position integer NOT NULL,
    format integer REFERENCES medium_format (id),
    name varchar NOT NULL DEFAULT '',
    edits_pending integer NOT NULL DEFAULT 0,
    last_updated timestamp with time zone,
    track_count integer NOT NULL DEFAULT 0
);

CREATE TABLE cdtoc (
    id integer PRIMARY KEY,
    discid char(28) NOT NULL,
    freedb_id char(8) NOT NULL,
    track_count integer NOT NULL,
    leadout_offset integer NOT NULL,
    track_offset text NOT NULL,
    created timestamp with time zone
);

CREATE TABLE medium_cdtoc (
    id integer PRIMARY KEY,
    medium integer NOT NULL REFERENCES medium (id),
    cdtoc integer NOT NULL REFERENCES cdtoc (id),
    edits_pending integer NOT NULL DEFAULT 0,
    last_updated timestamp with time zone
);

CREATE TABLE recording (
    id integer PRIMARY KEY,
    gid uuid NOT NULL,
    name varchar NOT NULL,
    artist_credit integer NOT NULL REFERENCES artist_credit (id),
    length integer,
    comment varchar(255) NOT NULL DEFAULT '',
    edits_pending integer NOT NULL DEFAULT 0,
    last_updated timestamp with time zone,
    video boolean NOT NULL DEFAULT false
);

CREATE TABLE track (
    id integer PRIMARY KEY,
    gid uuid NOT NULL,
    recording integer NOT NULL REFERENCES recording (id),
    medium integer NOT NULL REFERENCES medium (id),
    position integer NOT NULL,
    number text NOT NULL,
    name varchar NOT NULL,
    artist_credit integer NOT NULL REFERENCES artist_credit (id),
    length integer,
    edits_pending integer NOT NULL DEFAULT 0,
    last_updated timestamp with time zone,
    is_data_track boolean NOT NULL DEFAULT false
);

CREATE TABLE isrc (
    id integer PRIMARY KEY,
    recording integer NOT NULL REFERENCES recording (id),
    isrc char(12) NOT NULL,
    source smallint,
    edits_pending integer NOT NULL DEFAULT 0,
    created timestamp with time zone
);

CREATE TABLE work_type (
    id integer PRIMARY KEY,
    name varchar(255) NOT NULL,
    parent integer REFERENCES work_type (id),
    child_order integer NOT NULL DEFAULT 0,
    description text,
    gid uuid NOT NULL
);

CREATE TABLE work (
    id integer PRIMARY KEY,
    gid uuid NOT NULL,
    name varchar NOT NULL,
    type integer REFERENCES work_type (id),
    comment varchar(255) NOT NULL DEFAULT '',
    edits_pending integer NOT NULL DEFAULT 0,
    last_updated timestamp with time zone
);

CREATE TABLE iswc (
    id integer PRIMARY KEY,
    work integer NOT NULL REFERENCES work (id),
    iswc char(15),
    source smallint,
    edits_pending integer NOT NULL DEFAULT 0,
    created timestamp with time zone
);

CREATE TABLE work_language (
    work integer NOT NULL REFERENCES work (id),
    language integer NOT NULL REFERENCES language (id),
    edits_pending integer NOT NULL DEFAULT 0,
    created timestamp with time zone,
    PRIMARY KEY (work, language)
);

CREATE TABLE work_attribute_type (
    id integer PRIMARY KEY,
    name varchar(255) NOT NULL,
    comment varchar(255) NOT NULL DEFAULT '',
    free_text boolean NOT NULL,
    parent integer REFERENCES work_attribute_type (id),
    child_order integer NOT NULL DEFAULT 0,
    description text,
    gid uuid NOT NULL
);

CREATE TABLE work_attribute_type_allowed_value (
    id integer PRIMARY KEY,
    work_attribute_type integer NOT NULL REFERENCES work_attribute_type (id),
    value text,
    parent integer REFERENCES work_attribute_type_allowed_value (id),
    child_order integer NOT NULL DEFAULT 0,
    description text,
    gid uuid NOT NULL
);

CREATE TABLE work_attribute (
    id integer PRIMARY KEY,
    work integer NOT NULL REFERENCES work (id),
    work_attribute_type integer NOT NULL REFERENCES work_attribute_type (id),
    work_attribute_type_allowed_value integer REFERENCES work_attribute_type_allowed_value (id),
    work_attribute_text text
);

CREATE TABLE place_type (
    id integer PRIMARY KEY,
    name varchar(255) NOT NULL,
    parent integer REFERENCES place_type (id),
    child_order integer NOT NULL DEFAULT 0,
    description text,
    gid uuid NOT NULL
);

CREATE TABLE place (
    id integer PRIMARY KEY,
    gid uuid NOT NULL,
    name varchar NOT NULL,
    type integer REFERENCES place_type (id),
    address varchar NOT NULL DEFAULT '',
    area integer REFERENCES area (id),
    coordinates text,
    comment varchar(255) NOT NULL DEFAULT '',
    edits_pending integer NOT NULL DEFAULT 0,
    last_updated timestamp with time zone,
    begin_date_year smallint,
    end_date_year smallint,
    ended boolean NOT NULL DEFAULT false
);

CREATE TABLE event_type (
    id integer PRIMARY KEY,
    name varchar(255) NOT NULL,
    parent integer REFERENCES event_type (id),
    child_order integer NOT NULL DEFAULT 0,
    description text,
    gid uuid NOT NULL
);

CREATE TABLE event (
    id integer PRIMARY KEY,
    gid uuid NOT NULL,
    name varchar NOT NULL,
    begin_date_year smallint,
    end_date_year smallint,
    time time without time zone,
    type integer REFERENCES event_type (id),
    cancelled boolean NOT NULL DEFAULT false,
    setlist text,
    comment varchar(255) NOT NULL DEFAULT '',
    edits_pending integer NOT NULL DEFAULT 0,
    last_updated timestamp with time zone,
    ended boolean NOT NULL DEFAULT false
);

CREATE TABLE series_type (
    id integer PRIMARY KEY,
    name varchar(255) NOT NULL,
    entity_type varchar(50) NOT NULL,
    parent integer REFERENCES series_type (id),
    child_order integer NOT NULL DEFAULT 0,
    description text,
    gid uuid NOT NULL
);

CREATE TABLE series_ordering_type (
    id integer PRIMARY KEY,
    name varchar(255) NOT NULL,
    parent integer REFERENCES series_ordering_type (id),
    child_order integer NOT NULL DEFAULT 0,
    description text,
    gid uuid NOT NULL
);

CREATE TABLE series (
    id integer PRIMARY KEY,
    gid uuid NOT NULL,
    name varchar NOT NULL,
    comment varchar(255) NOT NULL DEFAULT '',
    type integer NOT NULL REFERENCES series_type (id),
    ordering_type integer NOT NULL REFERENCES series_ordering_type (id),
    edits_pending integer NOT NULL DEFAULT 0,
    last_updated timestamp with time zone
);

CREATE TABLE instrument_type (
    id integer PRIMARY KEY,
    name varchar(255) NOT NULL,
    parent integer REFERENCES instrument_type (id),
    child_order integer NOT NULL DEFAULT 0,
    description text,
    gid uuid NOT NULL
);

CREATE TABLE instrument (
    id integer PRIMARY KEY,
    gid uuid NOT NULL,
    name varchar NOT NULL,
    type integer REFERENCES instrument_type (id),
    edits_pending integer NOT NULL DEFAULT 0,
    last_updated timestamp with time zone,
    comment varchar(255) NOT NULL DEFAULT '',
    description text NOT NULL DEFAULT ''
);

CREATE TABLE url (
    id integer PRIMARY KEY,
    gid uuid NOT NULL,
    url text NOT NULL,
    edits_pending integer NOT NULL DEFAULT 0,
    last_updated timestamp with time zone
);

CREATE TABLE link_type (
    id integer PRIMARY KEY,
    parent integer REFERENCES link_type (id),
    child_order integer NOT NULL DEFAULT 0,
    gid uuid NOT NULL,
    entity_type0 varchar(50),
    entity_type1 varchar(50),
    name varchar(255) NOT NULL,
    description text,
    link_phrase varchar(255) NOT NULL,
    reverse_link_phrase varchar(255) NOT NULL,
    long_link_phrase varchar(255) NOT NULL,
    priority integer NOT NULL DEFAULT 0,
    last_updated timestamp with time zone,
    is_deprecated boolean NOT NULL DEFAULT false,
    has_dates boolean NOT NULL DEFAULT true,
    entity0_cardinality smallint NOT NULL DEFAULT 0,
    entity1_cardinality smallint NOT NULL DEFAULT 0
);

CREATE TABLE link (
    id integer PRIMARY KEY,
    link_type integer NOT NULL REFERENCES link_type (id),
    begin_date_year smallint,
    end_date_year smallint,
    attribute_count integer NOT NULL DEFAULT 0,
    created timestamp with time zone,
    ended boolean NOT NULL DEFAULT false
);

CREATE TABLE link_attribute_type (
    id integer PRIMARY KEY,
    parent integer REFERENCES link_attribute_type (id),
    root integer NOT NULL REFERENCES link_attribute_type (id),
    child_order integer NOT NULL DEFAULT 0,
    gid uuid NOT NULL,
    name varchar(255) NOT NULL,
    description text,
    last_updated timestamp with time zone
);

CREATE TABLE link_attribute (
    link integer NOT NULL REFERENCES link (id),
    attribute_type integer NOT NULL REFERENCES link_attribute_type (id),
    created timestamp with time zone,
    PRIMARY KEY (link, attribute_type)
);

CREATE TABLE l_artist_artist (
    id integer PRIMARY KEY,
    link integer NOT NULL REFERENCES link (id),
    entity0 integer NOT NULL REFERENCES artist (id),
    entity1 integer NOT NULL REFERENCES artist (id),
    edits_pending integer NOT NULL DEFAULT 0,
    last_updated timestamp with time zone,
    link_order integer NOT NULL DEFAULT 0,
    entity0_credit text NOT NULL DEFAULT '',
    entity1_credit text NOT NULL DEFAULT ''
);

CREATE TABLE l_artist_recording (
    id integer PRIMARY KEY,
    link integer NOT NULL REFERENCES link (id),
    entity0 integer NOT NULL REFERENCES artist (id),
    entity1 integer NOT NULL REFERENCES recording (id),
    edits_pending integer NOT NULL DEFAULT 0,
    last_updated timestamp with time zone,
    link_order integer NOT NULL DEFAULT 0,
    entity0_credit text NOT NULL DEFAULT '',
    entity1_credit text NOT NULL DEFAULT ''
);

CREATE TABLE l_artist_url (
    id integer PRIMARY KEY,
    link integer NOT NULL REFERENCES link (id),
    entity0 integer NOT NULL REFERENCES artist (id),
    entity1 integer NOT NULL REFERENCES url (id),
    edits_pending integer NOT NULL DEFAULT 0,
    last_updated timestamp with time zone,
    link_order integer NOT NULL DEFAULT 0,
    entity0_credit text NOT NULL DEFAULT '',
    entity1_credit text NOT NULL DEFAULT ''
);

CREATE TABLE l_recording_work (
    id integer PRIMARY KEY,
    link integer NOT NULL REFERENCES link (id),
    entity0 integer NOT NULL REFERENCES recording (id),
    entity1 integer NOT NULL REFERENCES work (id),
    edits_pending integer NOT NULL DEFAULT 0,
    last_updated timestamp with time zone,
    link_order integer NOT NULL DEFAULT 0,
    entity0_credit text NOT NULL DEFAULT '',
    entity1_credit text NOT NULL DEFAULT ''
);

CREATE TABLE l_label_release (
    id integer PRIMARY KEY,
    link integer NOT NULL REFERENCES link (id),
    entity0 integer NOT NULL REFERENCES label (id),
    entity1 integer NOT NULL REFERENCES release (id),
    edits_pending integer NOT NULL DEFAULT 0,
    last_updated timestamp with time zone,
    link_order integer NOT NULL DEFAULT 0,
    entity0_credit text NOT NULL DEFAULT '',
    entity1_credit text NOT NULL DEFAULT ''
);

CREATE TABLE l_event_place (
    id integer PRIMARY KEY,
    link integer NOT NULL REFERENCES link (id),
    entity0 integer NOT NULL REFERENCES event (id),
    entity1 integer NOT NULL REFERENCES place (id),
    edits_pending integer NOT NULL DEFAULT 0,
    last_updated timestamp with time zone,
    link_order integer NOT NULL DEFAULT 0,
    entity0_credit text NOT NULL DEFAULT '',
    entity1_credit text NOT NULL DEFAULT ''
);

CREATE TABLE editor (
    id integer PRIMARY KEY,
    name varchar(64) NOT NULL,
    privs integer DEFAULT 0,
    email varchar(64),
    website varchar(255),
    bio text,
    member_since timestamp with time zone,
    email_confirm_date timestamp with time zone,
    last_login_date timestamp with time zone,
    last_updated timestamp with time zone,
    birth_date date,
    gender integer REFERENCES gender (id),
    area integer REFERENCES area (id),
    password varchar(128) NOT NULL,
    ha1 char(32) NOT NULL,
    deleted boolean NOT NULL DEFAULT false
);

CREATE TABLE editor_language (
    editor integer NOT NULL REFERENCES editor (id),
    language integer NOT NULL REFERENCES language (id),
    fluency varchar(20) NOT NULL,
    PRIMARY KEY (editor, language)
);

CREATE TABLE edit (
    id integer PRIMARY KEY,
    editor integer NOT NULL REFERENCES editor (id),
    type smallint NOT NULL,
    status smallint NOT NULL,
    autoedit smallint NOT NULL DEFAULT 0,
    open_time timestamp with time zone,
    close_time timestamp with time zone,
    expire_time timestamp with time zone NOT NULL,
    language integer REFERENCES language (id),
    quality smallint NOT NULL DEFAULT 1
);

CREATE TABLE edit_data (
    edit integer PRIMARY KEY REFERENCES edit (id),
    data text NOT NULL
);

CREATE TABLE edit_note (
    id integer PRIMARY KEY,
    editor integer NOT NULL REFERENCES editor (id),
    edit integer NOT NULL REFERENCES edit (id),
    text text NOT NULL,
    post_time timestamp with time zone
);

CREATE TABLE vote (
    id integer PRIMARY KEY,
    editor integer NOT NULL REFERENCES editor (id),
    edit integer NOT NULL REFERENCES edit (id),
    vote smallint NOT NULL,
    vote_time timestamp with time zone,
    superseded boolean NOT NULL DEFAULT false
);

CREATE TABLE edit_artist (
    edit integer NOT NULL REFERENCES edit (id),
    artist integer NOT NULL REFERENCES artist (id),
    status smallint NOT NULL,
    PRIMARY KEY (edit, artist)
);

CREATE TABLE edit_release (
    edit integer NOT NULL REFERENCES edit (id),
    release integer NOT NULL REFERENCES release (id),
    PRIMARY KEY (edit, release)
);

CREATE TABLE annotation (
    id integer PRIMARY KEY,
    editor integer NOT NULL REFERENCES editor (id),
    text text,
    changelog varchar(255),
    created timestamp with time zone
);

CREATE TABLE artist_annotation (
    artist integer NOT NULL REFERENCES artist (id),
    annotation integer NOT NULL REFERENCES annotation (id),
    PRIMARY KEY (artist, annotation)
);

CREATE TABLE release_annotation (
    release integer NOT NULL REFERENCES release (id),
    annotation integer NOT NULL REFERENCES annotation (id),
    PRIMARY KEY (release, annotation)
);

CREATE TABLE tag (
    id integer PRIMARY KEY,
    name varchar(255) NOT NULL,
    ref_count integer NOT NULL DEFAULT 0
);

CREATE TABLE artist_tag (
    artist integer NOT NULL REFERENCES artist (id),
    tag integer NOT NULL REFERENCES tag (id),
    count integer NOT NULL,
    last_updated timestamp with time zone,
    PRIMARY KEY (artist, tag)
);

CREATE TABLE release_group_tag (
    release_group integer NOT NULL REFERENCES release_group (id),
    tag integer NOT NULL REFERENCES tag (id),
    count integer NOT NULL,
    last_updated timestamp with time zone,
    PRIMARY KEY (release_group, tag)
);

CREATE TABLE recording_tag (
    recording integer NOT NULL REFERENCES recording (id),
    tag integer NOT NULL REFERENCES tag (id),
    count integer NOT NULL,
    last_updated timestamp with time zone,
    PRIMARY KEY (recording, tag)
);

CREATE TABLE artist_rating_raw (
    artist integer NOT NULL REFERENCES artist (id),
    editor integer NOT NULL REFERENCES editor (id),
    rating smallint NOT NULL,
    PRIMARY KEY (artist, editor)
);

CREATE TABLE artist_meta (
    id integer PRIMARY KEY REFERENCES artist (id),
    rating smallint,
    rating_count integer
);

CREATE TABLE release_group_meta (
    id integer PRIMARY KEY REFERENCES release_group (id),
    release_count integer NOT NULL DEFAULT 0,
    first_release_date_year smallint,
    rating smallint,
    rating_count integer
);

CREATE TABLE recording_meta (
    id integer PRIMARY KEY REFERENCES recording (id),
    rating smallint,
    rating_count integer
);
