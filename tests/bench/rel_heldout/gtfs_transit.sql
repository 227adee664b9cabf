-- gtfs_transit.sql: a twenty-fourth blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind24). A public transit
-- agency's GTFS Schedule feed loaded into PostgreSQL one table per file,
-- as GTFS loaders do (gtfs-via-postgres, gtfsdb), with the Fares v2
-- (rider categories, fare media, fare products, areas, leg and transfer
-- rules, timeframes, networks), GTFS-Flex (location groups, locations,
-- booking rules), Pathways and GTFS-ride (ridership) files, plus an
-- archive of GTFS-Realtime trip updates, vehicle positions and alerts as
-- gtfsrdb stores them.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of the GTFS reference, the GTFS-ride
-- specification and gtfsrdb's models, trimmed.
-- Conventions: every key a text id named <entity>_id after the file's
-- singular (agency_id, stop_id, route_id, trip_id, service_id for
-- calendar, fare_id for fare_attributes, level_id, network_id, area_id,
-- booking_rule_id, location_group_id, fare_product_id, fare_media_id,
-- rider_category_id), referred to by the same name or by role:
-- parent_station (-> stops), from_stop_id / to_stop_id, from_route_id /
-- to_route_id, from_trip_id / to_trip_id, from_area_id / to_area_id,
-- from_network_id / to_network_id, pickup_booking_rule_id /
-- drop_off_booking_rule_id, prior_notice_service_id, boarding_stop_id /
-- alighting_stop_id, trip_route_id; composite keys (stop_times keyed by
-- trip_id and stop_sequence, calendar_dates by service_id and date,
-- shapes by shape_id and shape_pt_sequence); route_networks keyed by its
-- route_id; the realtime archive keyed by a serial oid and linked by
-- trip_update_id / alert_id; feed_info, ride_feed_info, translations,
-- fare_rules and the ridership files without any key.
-- The REFERENCES are the references the GTFS specifications define (the
-- "Foreign ID referencing ..." fields) and gtfsrdb's two FKs; fare_products
-- is keyed here by fare_product_id alone (the specification keys it with
-- rider_category_id and fare_media_id, which leaves fare_product_id no
-- unique target), so that fare_leg_rules and fare_transfer_rules can refer
-- to it.
-- Left without REFERENCES: trips.shape_id (shapes has no unique
-- shape_id), trips.block_id (no block table), zone ids (stops.zone_id,
-- fare_rules.origin_id / destination_id / contains_id: no zone table),
-- timeframe groups (timeframes.timeframe_group_id,
-- fare_leg_rules.from_timeframe_group_id / to_timeframe_group_id: a group
-- is several rows), leg groups (leg_group_id, from_leg_group_id /
-- to_leg_group_id), translations.record_id (its table is named by
-- table_name), the stop_sequence pairs of board_alight and rider_trip
-- (which stop_times row, besides the declared trip and stop), vehicle ids
-- and rider_id.

CREATE TABLE feed_info (
    feed_publisher_name text NOT NULL,
    feed_publisher_url text NOT NULL,
    feed_lang text NOT NULL,
    default_lang text,
    feed_start_date date,
    feed_end_date date,
    feed_version text,
    feed_contact_email text,
    feed_contact_url text
);

CREATE TABLE agency (
    agency_id text PRIMARY KEY,
    agency_name text NOT NULL,
    agency_url text NOT NULL,
    agency_timezone text NOT NULL,
    agency_lang text,
    agency_phone text,
    agency_fare_url text,
    agency_email text
);

CREATE TABLE levels (
    level_id text PRIMARY KEY,
    level_index double precision NOT NULL,
    level_name text
);

CREATE TABLE stops (
    stop_id text PRIMARY KEY,
    stop_code text,
    stop_name text,
    tts_stop_name text,
    stop_desc text,
    stop_lat double precision,
    stop_lon double precision,
    zone_id text,
    stop_url text,
    location_type integer,
    parent_station text REFERENCES stops (stop_id),
    stop_timezone text,
    wheelchair_boarding integer,
    level_id text REFERENCES levels (level_id),
    platform_code text
);

CREATE TABLE networks (
    network_id text PRIMARY KEY,
    network_name text
);

CREATE TABLE routes (
    route_id text PRIMARY KEY,
    agency_id text REFERENCES agency (agency_id),
    route_short_name text,
    route_long_name text,
    route_desc text,
    route_type integer NOT NULL,
    route_url text,
    route_color text,
    route_text_color text,
    route_sort_order integer,
    continuous_pickup integer,
    continuous_drop_off integer,
    network_id text REFERENCES networks (network_id)
);

CREATE TABLE route_networks (
    network_id text NOT NULL REFERENCES networks (network_id),
    route_id text PRIMARY KEY REFERENCES routes (route_id)
);

CREATE TABLE calendar (
    service_id text PRIMARY KEY,
    monday integer NOT NULL,
    tuesday integer NOT NULL,
    wednesday integer NOT NULL,
    thursday integer NOT NULL,
    friday integer NOT NULL,
    saturday integer NOT NULL,
    sunday integer NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL
);

CREATE TABLE calendar_dates (
    service_id text NOT NULL REFERENCES calendar (service_id),
    date date NOT NULL,
    exception_type integer NOT NULL,
    PRIMARY KEY (service_id, date)
);

CREATE TABLE shapes (
    shape_id text NOT NULL,
    shape_pt_lat double precision NOT NULL,
    shape_pt_lon double precision NOT NULL,
    shape_pt_sequence integer NOT NULL,
    shape_dist_traveled double precision,
    PRIMARY KEY (shape_id, shape_pt_sequence)
);

CREATE TABLE trips (
    route_id text NOT NULL REFERENCES routes (route_id),
    service_id text NOT NULL REFERENCES calendar (service_id),
    trip_id text PRIMARY KEY,
    trip_headsign text,
    trip_short_name text,
    direction_id integer,
    block_id text,
    shape_id text,
    wheelchair_accessible integer,
    bikes_allowed integer,
    cars_allowed integer
);

CREATE TABLE location_groups (
    location_group_id text PRIMARY KEY,
    location_group_name text
);

CREATE TABLE location_group_stops (
    location_group_id text NOT NULL REFERENCES location_groups (location_group_id),
    stop_id text NOT NULL REFERENCES stops (stop_id),
    PRIMARY KEY (location_group_id, stop_id)
);

CREATE TABLE locations (
    location_id text PRIMARY KEY,
    stop_name text,
    stop_desc text,
    geometry_type text NOT NULL,
    geometry text NOT NULL
);

CREATE TABLE booking_rules (
    booking_rule_id text PRIMARY KEY,
    booking_type integer NOT NULL,
    prior_notice_duration_min integer,
    prior_notice_duration_max integer,
    prior_notice_last_day integer,
    prior_notice_last_time text,
    prior_notice_start_day integer,
    prior_notice_start_time text,
    prior_notice_service_id text REFERENCES calendar (service_id),
    message text,
    pickup_message text,
    drop_off_message text,
    phone_number text,
    info_url text,
    booking_url text
);

CREATE TABLE stop_times (
    trip_id text NOT NULL REFERENCES trips (trip_id),
    arrival_time text,
    departure_time text,
    stop_id text REFERENCES stops (stop_id),
    location_group_id text REFERENCES location_groups (location_group_id),
    location_id text REFERENCES locations (location_id),
    stop_sequence integer NOT NULL,
    stop_headsign text,
    start_pickup_drop_off_window text,
    end_pickup_drop_off_window text,
    pickup_type integer,
    drop_off_type integer,
    continuous_pickup integer,
    continuous_drop_off integer,
    shape_dist_traveled double precision,
    timepoint integer,
    pickup_booking_rule_id text REFERENCES booking_rules (booking_rule_id),
    drop_off_booking_rule_id text REFERENCES booking_rules (booking_rule_id),
    PRIMARY KEY (trip_id, stop_sequence)
);

CREATE TABLE frequencies (
    trip_id text NOT NULL REFERENCES trips (trip_id),
    start_time text NOT NULL,
    end_time text NOT NULL,
    headway_secs integer NOT NULL,
    exact_times integer,
    PRIMARY KEY (trip_id, start_time)
);

CREATE TABLE transfers (
    from_stop_id text REFERENCES stops (stop_id),
    to_stop_id text REFERENCES stops (stop_id),
    from_route_id text REFERENCES routes (route_id),
    to_route_id text REFERENCES routes (route_id),
    from_trip_id text REFERENCES trips (trip_id),
    to_trip_id text REFERENCES trips (trip_id),
    transfer_type integer NOT NULL,
    min_transfer_time integer
);

CREATE TABLE pathways (
    pathway_id text PRIMARY KEY,
    from_stop_id text NOT NULL REFERENCES stops (stop_id),
    to_stop_id text NOT NULL REFERENCES stops (stop_id),
    pathway_mode integer NOT NULL,
    is_bidirectional integer NOT NULL,
    length double precision,
    traversal_time integer,
    stair_count integer,
    max_slope double precision,
    min_width double precision,
    signposted_as text,
    reversed_signposted_as text
);

CREATE TABLE fare_attributes (
    fare_id text PRIMARY KEY,
    price numeric(10,2) NOT NULL,
    currency_type text NOT NULL,
    payment_method integer NOT NULL,
    transfers integer,
    agency_id text REFERENCES agency (agency_id),
    transfer_duration integer
);

CREATE TABLE fare_rules (
    fare_id text NOT NULL REFERENCES fare_attributes (fare_id),
    route_id text REFERENCES routes (route_id),
    origin_id text,
    destination_id text,
    contains_id text
);

CREATE TABLE timeframes (
    timeframe_group_id text NOT NULL,
    start_time text,
    end_time text,
    service_id text NOT NULL REFERENCES calendar (service_id)
);

CREATE TABLE rider_categories (
    rider_category_id text PRIMARY KEY,
    rider_category_name text NOT NULL,
    is_default_fare_category integer,
    eligibility_url text
);

CREATE TABLE fare_media (
    fare_media_id text PRIMARY KEY,
    fare_media_name text,
    fare_media_type integer NOT NULL
);

CREATE TABLE fare_products (
    fare_product_id text PRIMARY KEY,
    fare_product_name text,
    rider_category_id text REFERENCES rider_categories (rider_category_id),
    fare_media_id text REFERENCES fare_media (fare_media_id),
    amount numeric(10,2) NOT NULL,
    currency text NOT NULL
);

CREATE TABLE areas (
    area_id text PRIMARY KEY,
    area_name text
);

CREATE TABLE stop_areas (
    area_id text NOT NULL REFERENCES areas (area_id),
    stop_id text NOT NULL REFERENCES stops (stop_id),
    PRIMARY KEY (area_id, stop_id)
);

CREATE TABLE fare_leg_rules (
    leg_group_id text,
    network_id text REFERENCES networks (network_id),
    from_area_id text REFERENCES areas (area_id),
    to_area_id text REFERENCES areas (area_id),
    from_timeframe_group_id text,
    to_timeframe_group_id text,
    fare_product_id text NOT NULL REFERENCES fare_products (fare_product_id),
    rule_priority integer
);

CREATE TABLE fare_leg_join_rules (
    from_network_id text NOT NULL REFERENCES networks (network_id),
    to_network_id text NOT NULL REFERENCES networks (network_id),
    from_stop_id text REFERENCES stops (stop_id),
    to_stop_id text REFERENCES stops (stop_id)
);

CREATE TABLE fare_transfer_rules (
    from_leg_group_id text,
    to_leg_group_id text,
    transfer_count integer,
    duration_limit integer,
    duration_limit_type integer,
    fare_transfer_type integer NOT NULL,
    fare_product_id text REFERENCES fare_products (fare_product_id)
);

CREATE TABLE attributions (
    attribution_id text PRIMARY KEY,
    agency_id text REFERENCES agency (agency_id),
    route_id text REFERENCES routes (route_id),
    trip_id text REFERENCES trips (trip_id),
    organization_name text NOT NULL,
    is_producer integer,
    is_operator integer,
    is_authority integer,
    attribution_url text,
    attribution_email text,
    attribution_phone text
);

CREATE TABLE translations (
    table_name text NOT NULL,
    field_name text NOT NULL,
    language text NOT NULL,
    translation text NOT NULL,
    record_id text,
    record_sub_id text,
    field_value text
);

CREATE TABLE ride_feed_info (
    ride_files integer NOT NULL,
    ride_start_date date,
    ride_end_date date,
    gtfs_feed_date date,
    default_currency_type text,
    ride_feed_version text
);

CREATE TABLE trip_capacity (
    agency_id text REFERENCES agency (agency_id),
    trip_id text REFERENCES trips (trip_id),
    service_date date,
    vehicle_description text,
    seated_capacity integer,
    standing_capacity integer,
    wheelchair_capacity integer,
    bike_capacity integer
);

CREATE TABLE board_alight (
    trip_id text NOT NULL REFERENCES trips (trip_id),
    stop_id text NOT NULL REFERENCES stops (stop_id),
    stop_sequence integer NOT NULL,
    record_use integer NOT NULL,
    schedule_relationship integer,
    boardings integer,
    alightings integer,
    current_load integer,
    load_count integer,
    load_type integer,
    rack_down integer,
    bike_boardings integer,
    bike_alightings integer,
    ramp_used integer,
    ramp_boardings integer,
    ramp_alightings integer,
    service_date date,
    service_arrival_time text,
    service_departure_time text,
    source integer
);

CREATE TABLE rider_trip (
    rider_id text NOT NULL,
    agency_id text REFERENCES agency (agency_id),
    trip_id text REFERENCES trips (trip_id),
    boarding_stop_id text REFERENCES stops (stop_id),
    boarding_stop_sequence integer,
    alighting_stop_id text REFERENCES stops (stop_id),
    alighting_stop_sequence integer,
    service_date date,
    boarding_time text,
    alighting_time text,
    rider_type integer,
    rider_type_description text,
    fare_paid numeric(10,2),
    transaction_type integer,
    fare_media integer,
    accompanying_device integer,
    transfer_status integer
);

CREATE TABLE ridership (
    total_boardings integer NOT NULL,
    total_alightings integer NOT NULL,
    ridership_start_date date,
    ridership_end_date date,
    ridership_start_time text,
    ridership_end_time text,
    service_id text REFERENCES calendar (service_id),
    monday integer,
    tuesday integer,
    wednesday integer,
    thursday integer,
    friday integer,
    saturday integer,
    sunday integer,
    agency_id text REFERENCES agency (agency_id),
    route_id text REFERENCES routes (route_id),
    direction_id integer,
    trip_id text REFERENCES trips (trip_id),
    stop_id text REFERENCES stops (stop_id)
);

CREATE TABLE trip_updates (
    oid serial PRIMARY KEY,
    trip_id text REFERENCES trips (trip_id),
    route_id text REFERENCES routes (route_id),
    trip_start_time text,
    trip_start_date text,
    schedule_relationship text,
    vehicle_id text,
    vehicle_label text,
    vehicle_license_plate text,
    timestamp timestamp
);

CREATE TABLE stop_time_updates (
    oid serial PRIMARY KEY,
    stop_sequence integer,
    stop_id text REFERENCES stops (stop_id),
    arrival_delay integer,
    arrival_time timestamp,
    arrival_uncertainty integer,
    departure_delay integer,
    departure_time timestamp,
    departure_uncertainty integer,
    schedule_relationship text,
    trip_update_id integer NOT NULL REFERENCES trip_updates (oid)
);

CREATE TABLE vehicle_positions (
    oid serial PRIMARY KEY,
    trip_id text REFERENCES trips (trip_id),
    route_id text REFERENCES routes (route_id),
    trip_start_time text,
    trip_start_date text,
    vehicle_id text,
    vehicle_label text,
    vehicle_license_plate text,
    latitude double precision NOT NULL,
    longitude double precision NOT NULL,
    bearing double precision,
    speed double precision,
    current_stop_sequence integer,
    stop_id text REFERENCES stops (stop_id),
    vehicle_status text,
    congestion_level text,
    occupancy_status text,
    timestamp timestamp
);

CREATE TABLE alerts (
    oid serial PRIMARY KEY,
    start integer,
    "end" integer,
    cause text,
    effect text,
    url text,
    header_text text,
    description_text text
);

CREATE TABLE entity_selectors (
    oid serial PRIMARY KEY,
    agency_id text REFERENCES agency (agency_id),
    route_id text REFERENCES routes (route_id),
    route_type integer,
    stop_id text REFERENCES stops (stop_id),
    trip_id text REFERENCES trips (trip_id),
    trip_route_id text REFERENCES routes (route_id),
    trip_start_time text,
    trip_start_date text,
    alert_id integer NOT NULL REFERENCES alerts (oid)
);
