-- shop_es_ru.sql: a third blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind3). An online shop run from Spain
-- whose back office is a Russian 1C-style accounting base, written for this
-- bench by an author who had not read the inference code. The shop part has
-- Spanish names with both key styles a Spanish code base mixes: id_<singular>
-- primary keys and foreign keys (id_pais, id_categoria) beside <singular>_id
-- (cliente_id, pedido_id), Spanish plurals (clientes, pedidos, paises,
-- ciudades, direcciones, lineas_pedido) and roles (direccion_envio_id,
-- direccion_facturacion_id, vendedor_id -> empleados, jefe_id,
-- categoria_padre_id, aprobado_por, responsable_id). The accounting part is
-- Russian transliterated in the style of a 1C export: plural catalogs
-- (kontragenty, nomenklatura, polzovateli, organizatsii, valyuty,
-- edinitsy_izmereniya), documents (dokumenty_realizatsii,
-- zakazy_pokupatelei, postupleniya_tovarov) with their tabular parts keyed by
-- ssylka_id (the owning document) and nomer_stroki, singular FK columns
-- (kontragent_id, edinitsa_izmereniya_id), roles (otvetstvennyi_id ->
-- polzovateli, vladelets_id, roditel_id, golovnoi_kontragent_id). Two columns
-- tie the parts together (productos.nomenklatura_id, clientes.kontragent_id).
-- The declared foreign keys are the truth.
-- Readable by PostgreSQL, SQLite and Sextant's DDL reader.

-- ---------------------------------------------------------------- 1C part (Russian)

CREATE TABLE polzovateli (
    id integer PRIMARY KEY,
    naimenovanie varchar(100) NOT NULL,
    imya_vkhoda varchar(50) NOT NULL,
    email varchar(120),
    nedeistvitelen boolean NOT NULL
);

CREATE TABLE valyuty (
    id integer PRIMARY KEY,
    kod char(3) NOT NULL,
    naimenovanie varchar(50) NOT NULL,
    kratnost integer NOT NULL
);

CREATE TABLE organizatsii (
    id integer PRIMARY KEY,
    naimenovanie varchar(150) NOT NULL,
    inn varchar(12) NOT NULL,
    kpp varchar(9),
    ogrn varchar(15),
    osnovnaya_valyuta_id integer REFERENCES valyuty (id)
);

CREATE TABLE kontragenty (
    id integer PRIMARY KEY,
    naimenovanie varchar(150) NOT NULL,
    polnoe_naimenovanie varchar(300),
    inn varchar(12),
    kpp varchar(9),
    yur_fiz_litso varchar(10) NOT NULL,
    golovnoi_kontragent_id integer REFERENCES kontragenty (id),
    osnovnoi_menedzher_id integer REFERENCES polzovateli (id),
    pometka_udaleniya boolean NOT NULL
);

CREATE TABLE dogovory_kontragentov (
    id integer PRIMARY KEY,
    vladelets_id integer NOT NULL REFERENCES kontragenty (id),
    organizatsiya_id integer NOT NULL REFERENCES organizatsii (id),
    nomer varchar(30),
    data date,
    vid_dogovora varchar(30) NOT NULL,
    valyuta_vzaimoraschetov_id integer REFERENCES valyuty (id)
);

CREATE TABLE edinitsy_izmereniya (
    id integer PRIMARY KEY,
    naimenovanie varchar(25) NOT NULL,
    kod_okei char(3)
);

CREATE TABLE vidy_nomenklatury (
    id integer PRIMARY KEY,
    naimenovanie varchar(50) NOT NULL,
    tip_nomenklatury varchar(20) NOT NULL
);

CREATE TABLE nomenklatura (
    id integer PRIMARY KEY,
    naimenovanie varchar(150) NOT NULL,
    artikul varchar(30),
    eto_gruppa boolean NOT NULL,
    roditel_id integer REFERENCES nomenklatura (id),
    vid_nomenklatury_id integer REFERENCES vidy_nomenklatury (id),
    edinitsa_izmereniya_id integer REFERENCES edinitsy_izmereniya (id),
    stavka_nds varchar(10)
);

CREATE TABLE sklady (
    id integer PRIMARY KEY,
    naimenovanie varchar(100) NOT NULL,
    otvetstvennyi_id integer REFERENCES polzovateli (id),
    tip_sklada varchar(20)
);

CREATE TABLE zakazy_pokupatelei (
    id integer PRIMARY KEY,
    nomer varchar(20) NOT NULL,
    data timestamp NOT NULL,
    organizatsiya_id integer NOT NULL REFERENCES organizatsii (id),
    kontragent_id integer NOT NULL REFERENCES kontragenty (id),
    dogovor_id integer REFERENCES dogovory_kontragentov (id),
    otvetstvennyi_id integer REFERENCES polzovateli (id),
    summa_dokumenta numeric(15, 2),
    provedyon boolean NOT NULL
);

CREATE TABLE dokumenty_realizatsii (
    id integer PRIMARY KEY,
    nomer varchar(20) NOT NULL,
    data timestamp NOT NULL,
    organizatsiya_id integer NOT NULL REFERENCES organizatsii (id),
    kontragent_id integer NOT NULL REFERENCES kontragenty (id),
    dogovor_id integer REFERENCES dogovory_kontragentov (id),
    sklad_id integer REFERENCES sklady (id),
    valyuta_dokumenta_id integer REFERENCES valyuty (id),
    dokument_osnovanie_id integer REFERENCES zakazy_pokupatelei (id),
    otvetstvennyi_id integer REFERENCES polzovateli (id),
    summa_dokumenta numeric(15, 2),
    provedyon boolean NOT NULL
);

CREATE TABLE dokumenty_realizatsii_tovary (
    ssylka_id integer NOT NULL REFERENCES dokumenty_realizatsii (id),
    nomer_stroki integer NOT NULL,
    nomenklatura_id integer NOT NULL REFERENCES nomenklatura (id),
    edinitsa_izmereniya_id integer REFERENCES edinitsy_izmereniya (id),
    kolichestvo numeric(15, 3) NOT NULL,
    tsena numeric(15, 2),
    summa numeric(15, 2),
    summa_nds numeric(15, 2),
    PRIMARY KEY (ssylka_id, nomer_stroki)
);

CREATE TABLE postupleniya_tovarov (
    id integer PRIMARY KEY,
    nomer varchar(20) NOT NULL,
    data timestamp NOT NULL,
    organizatsiya_id integer NOT NULL REFERENCES organizatsii (id),
    kontragent_id integer NOT NULL REFERENCES kontragenty (id),
    sklad_id integer NOT NULL REFERENCES sklady (id),
    otvetstvennyi_id integer REFERENCES polzovateli (id),
    vkhodyashchii_nomer varchar(30),
    provedyon boolean NOT NULL
);

CREATE TABLE postupleniya_tovarov_tovary (
    ssylka_id integer NOT NULL REFERENCES postupleniya_tovarov (id),
    nomer_stroki integer NOT NULL,
    nomenklatura_id integer NOT NULL REFERENCES nomenklatura (id),
    kolichestvo numeric(15, 3) NOT NULL,
    tsena numeric(15, 2),
    PRIMARY KEY (ssylka_id, nomer_stroki)
);

-- ---------------------------------------------------------------- shop (Spanish)

CREATE TABLE paises (
    id_pais integer PRIMARY KEY,
    nombre varchar(80) NOT NULL,
    codigo_iso char(2) NOT NULL
);

CREATE TABLE provincias (
    id_provincia integer PRIMARY KEY,
    id_pais integer NOT NULL REFERENCES paises (id_pais),
    nombre varchar(80) NOT NULL
);

CREATE TABLE ciudades (
    id_ciudad integer PRIMARY KEY,
    id_provincia integer NOT NULL REFERENCES provincias (id_provincia),
    nombre varchar(100) NOT NULL,
    codigo_postal varchar(10)
);

CREATE TABLE departamentos (
    id_departamento integer PRIMARY KEY,
    nombre varchar(80) NOT NULL
);

CREATE TABLE empleados (
    id_empleado integer PRIMARY KEY,
    nombre varchar(60) NOT NULL,
    apellidos varchar(100) NOT NULL,
    email varchar(120) NOT NULL,
    id_departamento integer REFERENCES departamentos (id_departamento),
    jefe_id integer REFERENCES empleados (id_empleado),
    fecha_alta date NOT NULL,
    usuario_1c_id integer REFERENCES polzovateli (id)
);

CREATE TABLE clientes (
    id_cliente integer PRIMARY KEY,
    nombre varchar(60) NOT NULL,
    apellidos varchar(100),
    email varchar(120) NOT NULL,
    telefono varchar(20),
    nif varchar(12),
    fecha_registro timestamp NOT NULL,
    kontragent_id integer REFERENCES kontragenty (id)
);

CREATE TABLE direcciones (
    id_direccion integer PRIMARY KEY,
    cliente_id integer NOT NULL REFERENCES clientes (id_cliente),
    calle varchar(150) NOT NULL,
    numero varchar(10),
    piso varchar(10),
    id_ciudad integer NOT NULL REFERENCES ciudades (id_ciudad),
    es_predeterminada boolean NOT NULL
);

CREATE TABLE categorias (
    id_categoria integer PRIMARY KEY,
    nombre varchar(80) NOT NULL,
    categoria_padre_id integer REFERENCES categorias (id_categoria),
    slug varchar(100) NOT NULL
);

CREATE TABLE marcas (
    id_marca integer PRIMARY KEY,
    nombre varchar(80) NOT NULL
);

CREATE TABLE proveedores (
    id_proveedor integer PRIMARY KEY,
    razon_social varchar(150) NOT NULL,
    cif varchar(12),
    id_pais integer REFERENCES paises (id_pais),
    kontragent_id integer REFERENCES kontragenty (id)
);

CREATE TABLE productos (
    id_producto integer PRIMARY KEY,
    sku varchar(30) NOT NULL,
    nombre varchar(150) NOT NULL,
    descripcion text,
    id_categoria integer NOT NULL REFERENCES categorias (id_categoria),
    id_marca integer REFERENCES marcas (id_marca),
    proveedor_id integer REFERENCES proveedores (id_proveedor),
    precio numeric(10, 2) NOT NULL,
    nomenklatura_id integer REFERENCES nomenklatura (id),
    activo boolean NOT NULL
);

CREATE TABLE estados_pedido (
    id_estado integer PRIMARY KEY,
    nombre varchar(40) NOT NULL,
    es_final boolean NOT NULL
);

CREATE TABLE metodos_pago (
    id_metodo_pago integer PRIMARY KEY,
    nombre varchar(40) NOT NULL,
    comision numeric(5, 2)
);

CREATE TABLE pedidos (
    id_pedido integer PRIMARY KEY,
    numero_pedido varchar(20) NOT NULL,
    cliente_id integer NOT NULL REFERENCES clientes (id_cliente),
    direccion_envio_id integer REFERENCES direcciones (id_direccion),
    direccion_facturacion_id integer REFERENCES direcciones (id_direccion),
    vendedor_id integer REFERENCES empleados (id_empleado),
    estado_id integer NOT NULL REFERENCES estados_pedido (id_estado),
    metodo_pago_id integer REFERENCES metodos_pago (id_metodo_pago),
    fecha_pedido timestamp NOT NULL,
    total numeric(12, 2) NOT NULL,
    realizatsiya_id integer REFERENCES dokumenty_realizatsii (id)
);

CREATE TABLE lineas_pedido (
    id_linea integer PRIMARY KEY,
    pedido_id integer NOT NULL REFERENCES pedidos (id_pedido),
    producto_id integer NOT NULL REFERENCES productos (id_producto),
    cantidad integer NOT NULL,
    precio_unitario numeric(10, 2) NOT NULL,
    descuento numeric(10, 2)
);

CREATE TABLE pagos (
    id_pago integer PRIMARY KEY,
    pedido_id integer NOT NULL REFERENCES pedidos (id_pedido),
    metodo_pago_id integer NOT NULL REFERENCES metodos_pago (id_metodo_pago),
    importe numeric(12, 2) NOT NULL,
    fecha_pago timestamp NOT NULL,
    referencia_externa varchar(60)
);

CREATE TABLE transportistas (
    id_transportista integer PRIMARY KEY,
    nombre varchar(80) NOT NULL,
    url_seguimiento varchar(200)
);

CREATE TABLE envios (
    id_envio integer PRIMARY KEY,
    pedido_id integer NOT NULL REFERENCES pedidos (id_pedido),
    transportista_id integer REFERENCES transportistas (id_transportista),
    numero_seguimiento varchar(60),
    fecha_envio timestamp,
    fecha_entrega timestamp
);

CREATE TABLE almacenes (
    id_almacen integer PRIMARY KEY,
    nombre varchar(80) NOT NULL,
    id_ciudad integer REFERENCES ciudades (id_ciudad),
    responsable_id integer REFERENCES empleados (id_empleado),
    sklad_id integer REFERENCES sklady (id)
);

CREATE TABLE inventario (
    producto_id integer NOT NULL REFERENCES productos (id_producto),
    almacen_id integer NOT NULL REFERENCES almacenes (id_almacen),
    existencias integer NOT NULL,
    stock_minimo integer,
    PRIMARY KEY (producto_id, almacen_id)
);

CREATE TABLE devoluciones (
    id_devolucion integer PRIMARY KEY,
    id_linea_pedido integer NOT NULL REFERENCES lineas_pedido (id_linea),
    motivo varchar(200),
    fecha_solicitud timestamp NOT NULL,
    aprobado_por integer REFERENCES empleados (id_empleado)
);

CREATE TABLE resenas (
    id_resena integer PRIMARY KEY,
    producto_id integer NOT NULL REFERENCES productos (id_producto),
    cliente_id integer NOT NULL REFERENCES clientes (id_cliente),
    puntuacion integer NOT NULL,
    comentario text,
    fecha timestamp NOT NULL
);
