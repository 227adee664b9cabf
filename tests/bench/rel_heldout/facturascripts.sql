-- facturascripts.sql: a twenty-ninth blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind29). The database of
-- a FacturaScripts 2023 install, the Spanish invoicing and accounting
-- program for small firms (PHP, MySQL or PostgreSQL, Spanish names):
-- companies, countries / provinces / cities / postcodes, currencies,
-- fiscal years (ejercicios), document series, payment methods and bank
-- accounts, taxes and tax zones, withholdings (retenciones), sales agents,
-- users (keyed by nick) with roles and page access, warehouses, product
-- families, manufacturers, products with their variants (referencia),
-- attributes and stock, price lists and customer groups, customers,
-- suppliers and their contacts and bank accounts, the sales documents
-- (presupuestos, pedidos, albaranes, facturas: quote, order, delivery
-- note, invoice, each with its lineas table), supplier invoices, receipts
-- (recibos) and payments (pagos), document states and transformations,
-- the chart of accounts (cuentas, subcuentas, special accounts),
-- journal entries (asientos, partidas), VAT settlements, number
-- sequences, attached files, logs, sent emails, API keys, cron jobs and
-- settings.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of FacturaScripts' Core/Table/*.xml
-- definitions, trimmed (72 tables; purchase quotes, orders and delivery
-- notes and most plugin tables left out).
-- Conventions: the master tables are keyed by short TEXT codes glued to
-- cod (codpais -> paises, coddivisa -> divisas, codejercicio ->
-- ejercicios, codserie -> series, codpago -> formaspago, codimpuesto ->
-- impuestos, codretencion -> retenciones, codagente -> agentes,
-- codalmacen -> almacenes, codfamilia -> familias, codfabricante ->
-- fabricantes, codtarifa -> tarifas, codgrupo -> grupos_clientes,
-- codcliente -> clientes, codproveedor -> proveedores, codrole -> roles,
-- codcuentaesp -> cuentasesp, codatributo -> atributos), so a link word
-- rarely spells its (plural, Spanish) table; the others by a serial glued
-- to id (idempresa -> empresas, idproducto, idcontacto -> contactos,
-- idasiento, idsubcuenta, idestado -> estados_documentos, iddiario,
-- idprovincia, idfile -> attached_files, idrecibo, idfactura,
-- idpresupuesto, idpedido, idalbaran); users keyed by their text nick and
-- linked as nick on documents, logs and files; variants referenced by
-- their unique text referencia (not the key) from stock, lines and
-- supplier prices; roles: madre -> familias (the parent family),
-- idcontactofact / idcontactoenv -> contactos (billing / shipping
-- contact), idfacturarect -> the same invoice table (the corrected
-- invoice), parent_idcuenta -> cuentas, idcontrapartida / idsubcuentaacr /
-- idsubcuentadeu -> subcuentas, codimpuestosel / codimpuestoportes ->
-- impuestos, codcuentabanco -> cuentasbanco, idlogo -> attached_files,
-- idatributovalor1..4 -> atributos_valores, pagename -> pages, idapikey ->
-- api_keys; the same word means two things in two tables (idfactura ->
-- facturascli on reciboscli, -> facturasprov on recibosprov;
-- codcuenta is the key of cuentasbanco, cuentasbcocli and cuentasbcopro and
-- a text copy on cuentas / subcuentas).
-- FacturaScripts declares its FKs as named table constraints
-- ca_<table>_<target> with ON DELETE / ON UPDATE CASCADE rules: the
-- REFERENCES are those (as remembered).
-- Left without REFERENCES: the text copies of an account code beside its
-- id or in a config (codsubcuenta, codcuenta, parent_codcuenta,
-- codcontrapartida, codsubcuentaacr, codsubcuentadeu, codsubcuentarep /
-- codsubcuentasop / codsubcuentarepre / codsubcuentasopre,
-- codsubcuentaret / codsubcuentaacr, codsubcuentacom / codsubcuentaven /
-- codsubcuentairpfcom, codsubcuentagasto: subcuentas is unique only per
-- fiscal year, so the code alone names no row); partidas.codserie and
-- documento / factura, facturas*.codigorect (text copies); the
-- documents' and companies' codpais / provincia / ciudad address copies
-- (text, not checked against paises on documents); ejercicios'
-- idasientoapertura / idasientocierre / idasientopyg (closing entries the
-- code fills, not declared); the polymorphic model / modelid / modelcode
-- of attached_files_rel and logs, doctransformations' model1 / iddoc1 /
-- idlinea1 / model2 / iddoc2 / idlinea2 and estados_documentos.tipodoc /
-- generadoc (class names); users.langcode, homepage (a page name, free
-- text), secuencias_documentos.tipodoc.

CREATE TABLE paises (
	codpais varchar(20) PRIMARY KEY,
	nombre varchar(100) NOT NULL,
	codiso varchar(2),
	alias varchar(100),
	latitude double precision,
	longitude double precision
);

CREATE TABLE provincias (
	idprovincia serial PRIMARY KEY,
	codpais varchar(20) NOT NULL,
	provincia varchar(100) NOT NULL,
	codisoprov varchar(10),
	alias varchar(100),
	creation_date timestamp,
	CONSTRAINT ca_provincias_paises FOREIGN KEY (codpais) REFERENCES paises (codpais) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE ciudades (
	idciudad serial PRIMARY KEY,
	idprovincia integer NOT NULL,
	ciudad varchar(100) NOT NULL,
	codeid varchar(20),
	alias varchar(100),
	creation_date timestamp,
	CONSTRAINT ca_ciudades_provincias FOREIGN KEY (idprovincia) REFERENCES provincias (idprovincia) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE codigos_postales (
	id serial PRIMARY KEY,
	codpais varchar(20),
	idprovincia integer,
	idciudad integer,
	number varchar(10) NOT NULL,
	creation_date timestamp,
	CONSTRAINT ca_codigos_postales_paises FOREIGN KEY (codpais) REFERENCES paises (codpais) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_codigos_postales_provincias FOREIGN KEY (idprovincia) REFERENCES provincias (idprovincia) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_codigos_postales_ciudades FOREIGN KEY (idciudad) REFERENCES ciudades (idciudad) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE identificadores_fiscales (
	tipoidfiscal varchar(25) PRIMARY KEY,
	codeid varchar(10),
	validar boolean DEFAULT false
);

CREATE TABLE empresas (
	idempresa serial PRIMARY KEY,
	nombre varchar(100) NOT NULL,
	nombrecorto varchar(32),
	cifnif varchar(30),
	tipoidfiscal varchar(25),
	personafisica boolean DEFAULT false,
	administrador varchar(100),
	direccion varchar(200),
	apartado varchar(10),
	codpostal varchar(10),
	ciudad varchar(100),
	provincia varchar(100),
	codpais varchar(20),
	telefono1 varchar(30),
	telefono2 varchar(30),
	fax varchar(30),
	email varchar(100),
	web varchar(100),
	regimeniva varchar(20),
	excepcioniva varchar(20),
	idlogo integer,
	fechaalta date,
	observaciones text,
	CONSTRAINT ca_empresas_identificadores_fiscales FOREIGN KEY (tipoidfiscal) REFERENCES identificadores_fiscales (tipoidfiscal) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_empresas_paises FOREIGN KEY (codpais) REFERENCES paises (codpais) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_empresas_attached_files FOREIGN KEY (idlogo) REFERENCES attached_files (idfile) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE divisas (
	coddivisa varchar(3) PRIMARY KEY,
	descripcion varchar(100) NOT NULL,
	simbolo varchar(10),
	tasaconv double precision NOT NULL DEFAULT 1,
	tasaconvcompra double precision NOT NULL DEFAULT 1,
	codiso varchar(3)
);

CREATE TABLE ejercicios (
	codejercicio varchar(4) PRIMARY KEY,
	nombre varchar(100) NOT NULL,
	idempresa integer NOT NULL,
	fechainicio date NOT NULL,
	fechafin date NOT NULL,
	estado varchar(15) NOT NULL DEFAULT 'ABIERTO',
	longsubcuenta integer NOT NULL DEFAULT 10,
	idasientoapertura integer,
	idasientocierre integer,
	idasientopyg integer,
	CONSTRAINT ca_ejercicios_empresas FOREIGN KEY (idempresa) REFERENCES empresas (idempresa) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE diarios (
	iddiario serial PRIMARY KEY,
	descripcion varchar(100) NOT NULL
);

CREATE TABLE series (
	codserie varchar(4) PRIMARY KEY,
	descripcion varchar(100) NOT NULL,
	siniva boolean DEFAULT false,
	canal integer,
	iddiario integer,
	tipo varchar(1),
	CONSTRAINT ca_series_diarios FOREIGN KEY (iddiario) REFERENCES diarios (iddiario) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE cuentasbanco (
	codcuenta varchar(10) PRIMARY KEY,
	descripcion varchar(100),
	idempresa integer NOT NULL,
	iban varchar(34),
	swift varchar(11),
	codsubcuenta varchar(15),
	codsubcuentagasto varchar(15),
	sufijosepa varchar(3),
	activa boolean DEFAULT true,
	CONSTRAINT ca_cuentasbanco_empresas FOREIGN KEY (idempresa) REFERENCES empresas (idempresa) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE formaspago (
	codpago varchar(10) PRIMARY KEY,
	descripcion varchar(100) NOT NULL,
	idempresa integer NOT NULL,
	codcuentabanco varchar(10),
	domiciliado boolean DEFAULT false,
	pagado boolean DEFAULT false,
	plazovencimiento integer DEFAULT 0,
	tipovencimiento varchar(10) DEFAULT 'days',
	imprimir boolean DEFAULT true,
	activa boolean DEFAULT true,
	CONSTRAINT ca_formaspago_empresas FOREIGN KEY (idempresa) REFERENCES empresas (idempresa) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_formaspago_cuentasbanco FOREIGN KEY (codcuentabanco) REFERENCES cuentasbanco (codcuenta) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE impuestos (
	codimpuesto varchar(10) PRIMARY KEY,
	descripcion varchar(50) NOT NULL,
	tipo integer DEFAULT 1,
	iva double precision NOT NULL DEFAULT 0,
	recargo double precision NOT NULL DEFAULT 0,
	codsubcuentarep varchar(15),
	codsubcuentasop varchar(15),
	codsubcuentarepre varchar(15),
	codsubcuentasopre varchar(15),
	activo boolean DEFAULT true
);

CREATE TABLE impuestoszonas (
	id serial PRIMARY KEY,
	codimpuesto varchar(10) NOT NULL,
	codpais varchar(20),
	codisopro varchar(10),
	codimpuestosel varchar(10),
	prioridad integer DEFAULT 1,
	CONSTRAINT ca_impuestoszonas_impuestos FOREIGN KEY (codimpuesto) REFERENCES impuestos (codimpuesto) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_impuestoszonas_paises FOREIGN KEY (codpais) REFERENCES paises (codpais) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_impuestoszonas_impuestos_codimpuestosel FOREIGN KEY (codimpuestosel) REFERENCES impuestos (codimpuesto) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE retenciones (
	codretencion varchar(10) PRIMARY KEY,
	descripcion varchar(100) NOT NULL,
	porcentaje double precision NOT NULL DEFAULT 0,
	codsubcuentaret varchar(15),
	codsubcuentaacr varchar(15),
	activa boolean DEFAULT true
);

CREATE TABLE agentes (
	codagente varchar(10) PRIMARY KEY,
	nombre varchar(100) NOT NULL,
	cifnif varchar(30),
	email varchar(100),
	telefono1 varchar(30),
	cargo varchar(50),
	idcontacto integer,
	idproducto integer,
	porcomision double precision DEFAULT 0,
	debaja boolean DEFAULT false,
	fechaalta date,
	fechabaja date,
	observaciones text,
	CONSTRAINT ca_agentes_contactos FOREIGN KEY (idcontacto) REFERENCES contactos (idcontacto) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_agentes_productos FOREIGN KEY (idproducto) REFERENCES productos (idproducto) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE users (
	nick varchar(50) PRIMARY KEY,
	email varchar(100),
	password varchar(255) NOT NULL,
	level integer DEFAULT 0,
	admin boolean DEFAULT false,
	enabled boolean DEFAULT true,
	homepage varchar(30),
	langcode varchar(10),
	codagente varchar(10),
	idempresa integer,
	codalmacen varchar(4),
	codserie varchar(4),
	creationdate date,
	lastactivity timestamp,
	lastip varchar(40),
	lastbrowser varchar(200),
	logkey varchar(100),
	two_factor_enabled boolean DEFAULT false,
	CONSTRAINT ca_users_agentes FOREIGN KEY (codagente) REFERENCES agentes (codagente) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_users_empresas FOREIGN KEY (idempresa) REFERENCES empresas (idempresa) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_users_almacenes FOREIGN KEY (codalmacen) REFERENCES almacenes (codalmacen) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_users_series FOREIGN KEY (codserie) REFERENCES series (codserie) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE roles (
	codrole varchar(20) PRIMARY KEY,
	descripcion varchar(200) NOT NULL
);

CREATE TABLE pages (
	name varchar(40) PRIMARY KEY,
	title varchar(40) NOT NULL,
	menu varchar(40),
	submenu varchar(40),
	showonmenu boolean DEFAULT true,
	ordernum integer DEFAULT 100,
	icon varchar(50)
);

CREATE TABLE roles_users (
	id serial PRIMARY KEY,
	codrole varchar(20) NOT NULL,
	nick varchar(50) NOT NULL,
	CONSTRAINT ca_roles_users_roles FOREIGN KEY (codrole) REFERENCES roles (codrole) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_roles_users_users FOREIGN KEY (nick) REFERENCES users (nick) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE roles_access (
	id serial PRIMARY KEY,
	codrole varchar(20) NOT NULL,
	pagename varchar(40) NOT NULL,
	allowdelete boolean DEFAULT true,
	allowupdate boolean DEFAULT true,
	allowexport boolean DEFAULT true,
	onlyownerdata boolean DEFAULT false,
	CONSTRAINT ca_roles_access_roles FOREIGN KEY (codrole) REFERENCES roles (codrole) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_roles_access_pages FOREIGN KEY (pagename) REFERENCES pages (name) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE almacenes (
	codalmacen varchar(4) PRIMARY KEY,
	nombre varchar(100) NOT NULL,
	idempresa integer NOT NULL,
	direccion varchar(200),
	codpostal varchar(10),
	ciudad varchar(100),
	provincia varchar(100),
	codpais varchar(20),
	apartado varchar(10),
	telefono varchar(30),
	activo boolean DEFAULT true,
	CONSTRAINT ca_almacenes_empresas FOREIGN KEY (idempresa) REFERENCES empresas (idempresa) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_almacenes_paises FOREIGN KEY (codpais) REFERENCES paises (codpais) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE familias (
	codfamilia varchar(8) PRIMARY KEY,
	descripcion varchar(100) NOT NULL,
	madre varchar(8),
	codsubcuentacom varchar(15),
	codsubcuentaven varchar(15),
	codsubcuentairpfcom varchar(15),
	numproductos integer DEFAULT 0,
	CONSTRAINT ca_familias_familias FOREIGN KEY (madre) REFERENCES familias (codfamilia) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE fabricantes (
	codfabricante varchar(8) PRIMARY KEY,
	nombre varchar(100) NOT NULL,
	numproductos integer DEFAULT 0
);

CREATE TABLE atributos (
	codatributo varchar(20) PRIMARY KEY,
	nombre varchar(100) NOT NULL,
	num_selector integer DEFAULT 0
);

CREATE TABLE atributos_valores (
	id serial PRIMARY KEY,
	codatributo varchar(20) NOT NULL,
	valor varchar(100) NOT NULL,
	descripcion varchar(100),
	orden integer DEFAULT 100,
	CONSTRAINT ca_atributos_valores_atributos FOREIGN KEY (codatributo) REFERENCES atributos (codatributo) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE productos (
	idproducto serial PRIMARY KEY,
	referencia varchar(30) NOT NULL UNIQUE,
	descripcion text,
	codfamilia varchar(8),
	codfabricante varchar(8),
	codimpuesto varchar(10),
	precio double precision DEFAULT 0,
	stockfis double precision DEFAULT 0,
	nostock boolean DEFAULT false,
	bloqueado boolean DEFAULT false,
	secompra boolean DEFAULT true,
	sevende boolean DEFAULT true,
	publico boolean DEFAULT false,
	ventasinstock boolean DEFAULT false,
	tipo varchar(20),
	codsubcuentacom varchar(15),
	codsubcuentaven varchar(15),
	codsubcuentairpfcom varchar(15),
	excepcioniva varchar(20),
	fechaalta date,
	actualizado timestamp,
	observaciones text,
	CONSTRAINT ca_productos_familias FOREIGN KEY (codfamilia) REFERENCES familias (codfamilia) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_productos_fabricantes FOREIGN KEY (codfabricante) REFERENCES fabricantes (codfabricante) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_productos_impuestos FOREIGN KEY (codimpuesto) REFERENCES impuestos (codimpuesto) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE variantes (
	idvariante serial PRIMARY KEY,
	idproducto integer NOT NULL,
	referencia varchar(30) NOT NULL UNIQUE,
	codbarras varchar(20),
	coste double precision DEFAULT 0,
	margen double precision DEFAULT 0,
	precio double precision DEFAULT 0,
	stockfis double precision DEFAULT 0,
	idatributovalor1 integer,
	idatributovalor2 integer,
	idatributovalor3 integer,
	idatributovalor4 integer,
	CONSTRAINT ca_variantes_productos FOREIGN KEY (idproducto) REFERENCES productos (idproducto) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_variantes_atributos_valores_idatributovalor1 FOREIGN KEY (idatributovalor1) REFERENCES atributos_valores (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_variantes_atributos_valores_idatributovalor2 FOREIGN KEY (idatributovalor2) REFERENCES atributos_valores (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_variantes_atributos_valores_idatributovalor3 FOREIGN KEY (idatributovalor3) REFERENCES atributos_valores (id) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_variantes_atributos_valores_idatributovalor4 FOREIGN KEY (idatributovalor4) REFERENCES atributos_valores (id) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE stocks (
	idstock serial PRIMARY KEY,
	codalmacen varchar(4) NOT NULL,
	idproducto integer NOT NULL,
	referencia varchar(30) NOT NULL,
	cantidad double precision NOT NULL DEFAULT 0,
	disponible double precision NOT NULL DEFAULT 0,
	reservada double precision NOT NULL DEFAULT 0,
	pterecibir double precision NOT NULL DEFAULT 0,
	stockmax double precision DEFAULT 0,
	stockmin double precision DEFAULT 0,
	ubicacion varchar(150),
	CONSTRAINT uniq_stocks_referencia_codalmacen UNIQUE (referencia, codalmacen),
	CONSTRAINT ca_stocks_almacenes FOREIGN KEY (codalmacen) REFERENCES almacenes (codalmacen) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_stocks_productos FOREIGN KEY (idproducto) REFERENCES productos (idproducto) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_stocks_variantes FOREIGN KEY (referencia) REFERENCES variantes (referencia) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE tarifas (
	codtarifa varchar(6) PRIMARY KEY,
	nombre varchar(50) NOT NULL,
	aplicar varchar(20),
	valorx double precision DEFAULT 0,
	valory double precision DEFAULT 0,
	maxpvp boolean DEFAULT false,
	mincoste boolean DEFAULT false
);

CREATE TABLE grupos_clientes (
	codgrupo varchar(6) PRIMARY KEY,
	nombre varchar(100) NOT NULL,
	codtarifa varchar(6),
	codsubcuenta varchar(15),
	CONSTRAINT ca_grupos_clientes_tarifas FOREIGN KEY (codtarifa) REFERENCES tarifas (codtarifa) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE clientes (
	codcliente varchar(10) PRIMARY KEY,
	nombre varchar(100) NOT NULL,
	razonsocial varchar(100),
	cifnif varchar(30) NOT NULL,
	tipoidfiscal varchar(25),
	telefono1 varchar(30),
	telefono2 varchar(30),
	fax varchar(30),
	email varchar(100),
	web varchar(100),
	codgrupo varchar(6),
	codagente varchar(10),
	codpago varchar(10),
	codserie varchar(4),
	coddivisa varchar(3),
	codretencion varchar(10),
	codtarifa varchar(6),
	idcontactofact integer,
	idcontactoenv integer,
	codsubcuenta varchar(15),
	regimeniva varchar(20),
	excepcioniva varchar(20),
	riesgoalcanzado double precision DEFAULT 0,
	riesgomax double precision DEFAULT 0,
	diaspago varchar(10),
	langcode varchar(10),
	personafisica boolean DEFAULT true,
	debaja boolean DEFAULT false,
	fechabaja date,
	fechaalta date,
	observaciones text,
	CONSTRAINT ca_clientes_identificadores_fiscales FOREIGN KEY (tipoidfiscal) REFERENCES identificadores_fiscales (tipoidfiscal) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_clientes_grupos_clientes FOREIGN KEY (codgrupo) REFERENCES grupos_clientes (codgrupo) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_clientes_agentes FOREIGN KEY (codagente) REFERENCES agentes (codagente) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_clientes_formaspago FOREIGN KEY (codpago) REFERENCES formaspago (codpago) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_clientes_series FOREIGN KEY (codserie) REFERENCES series (codserie) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_clientes_divisas FOREIGN KEY (coddivisa) REFERENCES divisas (coddivisa) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_clientes_retenciones FOREIGN KEY (codretencion) REFERENCES retenciones (codretencion) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_clientes_tarifas FOREIGN KEY (codtarifa) REFERENCES tarifas (codtarifa) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_clientes_contactos_idcontactofact FOREIGN KEY (idcontactofact) REFERENCES contactos (idcontacto) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_clientes_contactos_idcontactoenv FOREIGN KEY (idcontactoenv) REFERENCES contactos (idcontacto) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE proveedores (
	codproveedor varchar(10) PRIMARY KEY,
	nombre varchar(100) NOT NULL,
	razonsocial varchar(100),
	cifnif varchar(30) NOT NULL,
	tipoidfiscal varchar(25),
	telefono1 varchar(30),
	email varchar(100),
	web varchar(100),
	codpago varchar(10),
	codserie varchar(4),
	coddivisa varchar(3),
	codretencion varchar(10),
	codimpuestoportes varchar(10),
	idcontacto integer,
	codsubcuenta varchar(15),
	acreedor boolean DEFAULT false,
	regimeniva varchar(20),
	langcode varchar(10),
	personafisica boolean DEFAULT true,
	debaja boolean DEFAULT false,
	fechabaja date,
	fechaalta date,
	observaciones text,
	CONSTRAINT ca_proveedores_identificadores_fiscales FOREIGN KEY (tipoidfiscal) REFERENCES identificadores_fiscales (tipoidfiscal) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_proveedores_formaspago FOREIGN KEY (codpago) REFERENCES formaspago (codpago) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_proveedores_series FOREIGN KEY (codserie) REFERENCES series (codserie) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_proveedores_divisas FOREIGN KEY (coddivisa) REFERENCES divisas (coddivisa) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_proveedores_retenciones FOREIGN KEY (codretencion) REFERENCES retenciones (codretencion) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_proveedores_impuestos FOREIGN KEY (codimpuestoportes) REFERENCES impuestos (codimpuesto) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_proveedores_contactos FOREIGN KEY (idcontacto) REFERENCES contactos (idcontacto) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE contactos (
	idcontacto serial PRIMARY KEY,
	nombre varchar(100),
	apellidos varchar(150),
	descripcion varchar(100),
	empresa varchar(100),
	cifnif varchar(30),
	tipoidfiscal varchar(25),
	cargo varchar(100),
	email varchar(100),
	telefono1 varchar(30),
	telefono2 varchar(30),
	direccion varchar(200),
	apartado varchar(10),
	codpostal varchar(10),
	ciudad varchar(100),
	provincia varchar(100),
	codpais varchar(20),
	codcliente varchar(10),
	codproveedor varchar(10),
	codagente varchar(10),
	personafisica boolean DEFAULT true,
	verificado boolean DEFAULT false,
	admitemarketing boolean DEFAULT false,
	aceptaprivacidad boolean DEFAULT false,
	habilitado boolean DEFAULT true,
	langcode varchar(10),
	puntos integer DEFAULT 0,
	fechaalta date,
	lastactivity timestamp,
	observaciones text,
	CONSTRAINT ca_contactos_identificadores_fiscales FOREIGN KEY (tipoidfiscal) REFERENCES identificadores_fiscales (tipoidfiscal) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_contactos_paises FOREIGN KEY (codpais) REFERENCES paises (codpais) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_contactos_clientes FOREIGN KEY (codcliente) REFERENCES clientes (codcliente) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_contactos_proveedores FOREIGN KEY (codproveedor) REFERENCES proveedores (codproveedor) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_contactos_agentes FOREIGN KEY (codagente) REFERENCES agentes (codagente) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE cuentasbcocli (
	codcuenta varchar(10) PRIMARY KEY,
	codcliente varchar(10) NOT NULL,
	descripcion varchar(100),
	iban varchar(34),
	swift varchar(11),
	principal boolean DEFAULT true,
	mandato varchar(35),
	fmandato date,
	CONSTRAINT ca_cuentasbcocli_clientes FOREIGN KEY (codcliente) REFERENCES clientes (codcliente) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE cuentasbcopro (
	codcuenta varchar(10) PRIMARY KEY,
	codproveedor varchar(10) NOT NULL,
	descripcion varchar(100),
	iban varchar(34),
	swift varchar(11),
	principal boolean DEFAULT true,
	CONSTRAINT ca_cuentasbcopro_proveedores FOREIGN KEY (codproveedor) REFERENCES proveedores (codproveedor) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE estados_documentos (
	idestado serial PRIMARY KEY,
	nombre varchar(20) NOT NULL,
	tipodoc varchar(20) NOT NULL,
	editable boolean DEFAULT true,
	actualizastock integer DEFAULT 0,
	generadoc varchar(20),
	predeterminado boolean DEFAULT false,
	bloquear boolean DEFAULT false,
	activo boolean DEFAULT true,
	color varchar(20),
	icon varchar(40)
);

CREATE TABLE presupuestoscli (
	idpresupuesto serial PRIMARY KEY,
	codigo varchar(20) NOT NULL,
	numero varchar(12) NOT NULL,
	numero2 varchar(50),
	codserie varchar(4) NOT NULL,
	codejercicio varchar(4) NOT NULL,
	idempresa integer NOT NULL,
	codalmacen varchar(4) NOT NULL,
	coddivisa varchar(3) NOT NULL,
	tasaconv double precision NOT NULL DEFAULT 1,
	codpago varchar(10) NOT NULL,
	codagente varchar(10),
	codcliente varchar(10) NOT NULL,
	nombrecliente varchar(100) NOT NULL,
	cifnif varchar(30),
	idcontactofact integer,
	idcontactoenv integer,
	direccion varchar(200),
	codpostal varchar(10),
	ciudad varchar(100),
	codpais varchar(20),
	fecha date NOT NULL,
	hora time NOT NULL,
	finoferta date,
	neto double precision DEFAULT 0,
	totaliva double precision DEFAULT 0,
	totalirpf double precision DEFAULT 0,
	totalrecargo double precision DEFAULT 0,
	total double precision DEFAULT 0,
	irpf double precision DEFAULT 0,
	nick varchar(50),
	editable boolean DEFAULT true,
	idestado integer,
	femail date,
	observaciones text,
	CONSTRAINT ca_presupuestoscli_series FOREIGN KEY (codserie) REFERENCES series (codserie) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_presupuestoscli_ejercicios FOREIGN KEY (codejercicio) REFERENCES ejercicios (codejercicio) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_presupuestoscli_empresas FOREIGN KEY (idempresa) REFERENCES empresas (idempresa) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_presupuestoscli_almacenes FOREIGN KEY (codalmacen) REFERENCES almacenes (codalmacen) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_presupuestoscli_divisas FOREIGN KEY (coddivisa) REFERENCES divisas (coddivisa) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_presupuestoscli_formaspago FOREIGN KEY (codpago) REFERENCES formaspago (codpago) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_presupuestoscli_agentes FOREIGN KEY (codagente) REFERENCES agentes (codagente) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_presupuestoscli_clientes FOREIGN KEY (codcliente) REFERENCES clientes (codcliente) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_presupuestoscli_contactos_idcontactofact FOREIGN KEY (idcontactofact) REFERENCES contactos (idcontacto) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_presupuestoscli_contactos_idcontactoenv FOREIGN KEY (idcontactoenv) REFERENCES contactos (idcontacto) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_presupuestoscli_users FOREIGN KEY (nick) REFERENCES users (nick) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_presupuestoscli_estados_documentos FOREIGN KEY (idestado) REFERENCES estados_documentos (idestado) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE lineaspresupuestoscli (
	idlinea serial PRIMARY KEY,
	idpresupuesto integer NOT NULL,
	idproducto integer,
	referencia varchar(30),
	descripcion text,
	cantidad double precision DEFAULT 0,
	pvpunitario double precision DEFAULT 0,
	dtopor double precision DEFAULT 0,
	dtopor2 double precision DEFAULT 0,
	iva double precision DEFAULT 0,
	recargo double precision DEFAULT 0,
	irpf double precision DEFAULT 0,
	codimpuesto varchar(10),
	pvpsindto double precision DEFAULT 0,
	pvptotal double precision DEFAULT 0,
	orden integer DEFAULT 0,
	servido double precision DEFAULT 0,
	actualizastock integer DEFAULT 0,
	suplido boolean DEFAULT false,
	CONSTRAINT ca_lineaspresupuestoscli_presupuestoscli FOREIGN KEY (idpresupuesto) REFERENCES presupuestoscli (idpresupuesto) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_lineaspresupuestoscli_productos FOREIGN KEY (idproducto) REFERENCES productos (idproducto) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_lineaspresupuestoscli_variantes FOREIGN KEY (referencia) REFERENCES variantes (referencia) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_lineaspresupuestoscli_impuestos FOREIGN KEY (codimpuesto) REFERENCES impuestos (codimpuesto) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE pedidoscli (
	idpedido serial PRIMARY KEY,
	codigo varchar(20) NOT NULL,
	numero varchar(12) NOT NULL,
	numero2 varchar(50),
	codserie varchar(4) NOT NULL,
	codejercicio varchar(4) NOT NULL,
	idempresa integer NOT NULL,
	codalmacen varchar(4) NOT NULL,
	coddivisa varchar(3) NOT NULL,
	tasaconv double precision NOT NULL DEFAULT 1,
	codpago varchar(10) NOT NULL,
	codagente varchar(10),
	codcliente varchar(10) NOT NULL,
	nombrecliente varchar(100) NOT NULL,
	cifnif varchar(30),
	idcontactofact integer,
	idcontactoenv integer,
	direccion varchar(200),
	fecha date NOT NULL,
	hora time NOT NULL,
	fechasalida date,
	neto double precision DEFAULT 0,
	totaliva double precision DEFAULT 0,
	total double precision DEFAULT 0,
	nick varchar(50),
	editable boolean DEFAULT true,
	idestado integer,
	observaciones text,
	CONSTRAINT ca_pedidoscli_series FOREIGN KEY (codserie) REFERENCES series (codserie) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_pedidoscli_ejercicios FOREIGN KEY (codejercicio) REFERENCES ejercicios (codejercicio) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_pedidoscli_empresas FOREIGN KEY (idempresa) REFERENCES empresas (idempresa) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_pedidoscli_almacenes FOREIGN KEY (codalmacen) REFERENCES almacenes (codalmacen) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_pedidoscli_divisas FOREIGN KEY (coddivisa) REFERENCES divisas (coddivisa) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_pedidoscli_formaspago FOREIGN KEY (codpago) REFERENCES formaspago (codpago) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_pedidoscli_agentes FOREIGN KEY (codagente) REFERENCES agentes (codagente) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_pedidoscli_clientes FOREIGN KEY (codcliente) REFERENCES clientes (codcliente) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_pedidoscli_contactos_idcontactofact FOREIGN KEY (idcontactofact) REFERENCES contactos (idcontacto) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_pedidoscli_contactos_idcontactoenv FOREIGN KEY (idcontactoenv) REFERENCES contactos (idcontacto) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_pedidoscli_users FOREIGN KEY (nick) REFERENCES users (nick) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_pedidoscli_estados_documentos FOREIGN KEY (idestado) REFERENCES estados_documentos (idestado) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE lineaspedidoscli (
	idlinea serial PRIMARY KEY,
	idpedido integer NOT NULL,
	idproducto integer,
	referencia varchar(30),
	descripcion text,
	cantidad double precision DEFAULT 0,
	pvpunitario double precision DEFAULT 0,
	dtopor double precision DEFAULT 0,
	iva double precision DEFAULT 0,
	recargo double precision DEFAULT 0,
	irpf double precision DEFAULT 0,
	codimpuesto varchar(10),
	pvptotal double precision DEFAULT 0,
	orden integer DEFAULT 0,
	servido double precision DEFAULT 0,
	actualizastock integer DEFAULT 0,
	CONSTRAINT ca_lineaspedidoscli_pedidoscli FOREIGN KEY (idpedido) REFERENCES pedidoscli (idpedido) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_lineaspedidoscli_productos FOREIGN KEY (idproducto) REFERENCES productos (idproducto) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_lineaspedidoscli_variantes FOREIGN KEY (referencia) REFERENCES variantes (referencia) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_lineaspedidoscli_impuestos FOREIGN KEY (codimpuesto) REFERENCES impuestos (codimpuesto) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE albaranescli (
	idalbaran serial PRIMARY KEY,
	codigo varchar(20) NOT NULL,
	numero varchar(12) NOT NULL,
	numero2 varchar(50),
	codserie varchar(4) NOT NULL,
	codejercicio varchar(4) NOT NULL,
	idempresa integer NOT NULL,
	codalmacen varchar(4) NOT NULL,
	coddivisa varchar(3) NOT NULL,
	tasaconv double precision NOT NULL DEFAULT 1,
	codpago varchar(10) NOT NULL,
	codagente varchar(10),
	codcliente varchar(10) NOT NULL,
	nombrecliente varchar(100) NOT NULL,
	cifnif varchar(30),
	idcontactofact integer,
	idcontactoenv integer,
	direccion varchar(200),
	fecha date NOT NULL,
	hora time NOT NULL,
	neto double precision DEFAULT 0,
	totaliva double precision DEFAULT 0,
	total double precision DEFAULT 0,
	nick varchar(50),
	editable boolean DEFAULT true,
	idestado integer,
	observaciones text,
	CONSTRAINT ca_albaranescli_series FOREIGN KEY (codserie) REFERENCES series (codserie) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_albaranescli_ejercicios FOREIGN KEY (codejercicio) REFERENCES ejercicios (codejercicio) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_albaranescli_empresas FOREIGN KEY (idempresa) REFERENCES empresas (idempresa) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_albaranescli_almacenes FOREIGN KEY (codalmacen) REFERENCES almacenes (codalmacen) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_albaranescli_divisas FOREIGN KEY (coddivisa) REFERENCES divisas (coddivisa) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_albaranescli_formaspago FOREIGN KEY (codpago) REFERENCES formaspago (codpago) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_albaranescli_agentes FOREIGN KEY (codagente) REFERENCES agentes (codagente) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_albaranescli_clientes FOREIGN KEY (codcliente) REFERENCES clientes (codcliente) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_albaranescli_contactos_idcontactofact FOREIGN KEY (idcontactofact) REFERENCES contactos (idcontacto) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_albaranescli_contactos_idcontactoenv FOREIGN KEY (idcontactoenv) REFERENCES contactos (idcontacto) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_albaranescli_users FOREIGN KEY (nick) REFERENCES users (nick) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_albaranescli_estados_documentos FOREIGN KEY (idestado) REFERENCES estados_documentos (idestado) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE lineasalbaranescli (
	idlinea serial PRIMARY KEY,
	idalbaran integer NOT NULL,
	idproducto integer,
	referencia varchar(30),
	descripcion text,
	cantidad double precision DEFAULT 0,
	pvpunitario double precision DEFAULT 0,
	dtopor double precision DEFAULT 0,
	iva double precision DEFAULT 0,
	recargo double precision DEFAULT 0,
	irpf double precision DEFAULT 0,
	codimpuesto varchar(10),
	pvptotal double precision DEFAULT 0,
	orden integer DEFAULT 0,
	servido double precision DEFAULT 0,
	actualizastock integer DEFAULT 0,
	CONSTRAINT ca_lineasalbaranescli_albaranescli FOREIGN KEY (idalbaran) REFERENCES albaranescli (idalbaran) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_lineasalbaranescli_productos FOREIGN KEY (idproducto) REFERENCES productos (idproducto) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_lineasalbaranescli_variantes FOREIGN KEY (referencia) REFERENCES variantes (referencia) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_lineasalbaranescli_impuestos FOREIGN KEY (codimpuesto) REFERENCES impuestos (codimpuesto) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE facturascli (
	idfactura serial PRIMARY KEY,
	codigo varchar(20) NOT NULL,
	numero varchar(12) NOT NULL,
	numero2 varchar(50),
	codserie varchar(4) NOT NULL,
	codejercicio varchar(4) NOT NULL,
	idempresa integer NOT NULL,
	codalmacen varchar(4) NOT NULL,
	coddivisa varchar(3) NOT NULL,
	tasaconv double precision NOT NULL DEFAULT 1,
	codpago varchar(10) NOT NULL,
	codagente varchar(10),
	codcliente varchar(10) NOT NULL,
	nombrecliente varchar(100) NOT NULL,
	cifnif varchar(30),
	idcontactofact integer,
	idcontactoenv integer,
	direccion varchar(200),
	codpostal varchar(10),
	ciudad varchar(100),
	provincia varchar(100),
	codpais varchar(20),
	fecha date NOT NULL,
	hora time NOT NULL,
	fechadevengo date,
	vencimiento date,
	neto double precision DEFAULT 0,
	netosindto double precision DEFAULT 0,
	totaliva double precision DEFAULT 0,
	totalirpf double precision DEFAULT 0,
	totalrecargo double precision DEFAULT 0,
	totalsuplidos double precision DEFAULT 0,
	total double precision DEFAULT 0,
	irpf double precision DEFAULT 0,
	pagada boolean DEFAULT false,
	idasiento integer,
	idfacturarect integer,
	codigorect varchar(20),
	nick varchar(50),
	editable boolean DEFAULT true,
	idestado integer,
	femail date,
	observaciones text,
	CONSTRAINT ca_facturascli_series FOREIGN KEY (codserie) REFERENCES series (codserie) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_facturascli_ejercicios FOREIGN KEY (codejercicio) REFERENCES ejercicios (codejercicio) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_facturascli_empresas FOREIGN KEY (idempresa) REFERENCES empresas (idempresa) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_facturascli_almacenes FOREIGN KEY (codalmacen) REFERENCES almacenes (codalmacen) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_facturascli_divisas FOREIGN KEY (coddivisa) REFERENCES divisas (coddivisa) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_facturascli_formaspago FOREIGN KEY (codpago) REFERENCES formaspago (codpago) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_facturascli_agentes FOREIGN KEY (codagente) REFERENCES agentes (codagente) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_facturascli_clientes FOREIGN KEY (codcliente) REFERENCES clientes (codcliente) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_facturascli_contactos_idcontactofact FOREIGN KEY (idcontactofact) REFERENCES contactos (idcontacto) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_facturascli_contactos_idcontactoenv FOREIGN KEY (idcontactoenv) REFERENCES contactos (idcontacto) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_facturascli_asientos FOREIGN KEY (idasiento) REFERENCES asientos (idasiento) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_facturascli_facturascli FOREIGN KEY (idfacturarect) REFERENCES facturascli (idfactura) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_facturascli_users FOREIGN KEY (nick) REFERENCES users (nick) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_facturascli_estados_documentos FOREIGN KEY (idestado) REFERENCES estados_documentos (idestado) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE lineasfacturascli (
	idlinea serial PRIMARY KEY,
	idfactura integer NOT NULL,
	idproducto integer,
	referencia varchar(30),
	descripcion text,
	cantidad double precision DEFAULT 0,
	pvpunitario double precision DEFAULT 0,
	dtopor double precision DEFAULT 0,
	dtopor2 double precision DEFAULT 0,
	iva double precision DEFAULT 0,
	recargo double precision DEFAULT 0,
	irpf double precision DEFAULT 0,
	codimpuesto varchar(10),
	excepcioniva varchar(20),
	pvpsindto double precision DEFAULT 0,
	pvptotal double precision DEFAULT 0,
	orden integer DEFAULT 0,
	actualizastock integer DEFAULT 0,
	suplido boolean DEFAULT false,
	CONSTRAINT ca_lineasfacturascli_facturascli FOREIGN KEY (idfactura) REFERENCES facturascli (idfactura) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_lineasfacturascli_productos FOREIGN KEY (idproducto) REFERENCES productos (idproducto) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_lineasfacturascli_variantes FOREIGN KEY (referencia) REFERENCES variantes (referencia) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_lineasfacturascli_impuestos FOREIGN KEY (codimpuesto) REFERENCES impuestos (codimpuesto) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE facturasprov (
	idfactura serial PRIMARY KEY,
	codigo varchar(20) NOT NULL,
	numero varchar(12) NOT NULL,
	numproveedor varchar(50),
	codserie varchar(4) NOT NULL,
	codejercicio varchar(4) NOT NULL,
	idempresa integer NOT NULL,
	codalmacen varchar(4) NOT NULL,
	coddivisa varchar(3) NOT NULL,
	tasaconv double precision NOT NULL DEFAULT 1,
	codpago varchar(10) NOT NULL,
	codproveedor varchar(10) NOT NULL,
	nombre varchar(100) NOT NULL,
	cifnif varchar(30),
	fecha date NOT NULL,
	hora time NOT NULL,
	fechadevengo date,
	vencimiento date,
	neto double precision DEFAULT 0,
	totaliva double precision DEFAULT 0,
	totalirpf double precision DEFAULT 0,
	total double precision DEFAULT 0,
	irpf double precision DEFAULT 0,
	pagada boolean DEFAULT false,
	idasiento integer,
	idfacturarect integer,
	codigorect varchar(20),
	nick varchar(50),
	editable boolean DEFAULT true,
	idestado integer,
	observaciones text,
	CONSTRAINT ca_facturasprov_series FOREIGN KEY (codserie) REFERENCES series (codserie) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_facturasprov_ejercicios FOREIGN KEY (codejercicio) REFERENCES ejercicios (codejercicio) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_facturasprov_empresas FOREIGN KEY (idempresa) REFERENCES empresas (idempresa) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_facturasprov_almacenes FOREIGN KEY (codalmacen) REFERENCES almacenes (codalmacen) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_facturasprov_divisas FOREIGN KEY (coddivisa) REFERENCES divisas (coddivisa) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_facturasprov_formaspago FOREIGN KEY (codpago) REFERENCES formaspago (codpago) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_facturasprov_proveedores FOREIGN KEY (codproveedor) REFERENCES proveedores (codproveedor) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_facturasprov_asientos FOREIGN KEY (idasiento) REFERENCES asientos (idasiento) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_facturasprov_facturasprov FOREIGN KEY (idfacturarect) REFERENCES facturasprov (idfactura) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_facturasprov_users FOREIGN KEY (nick) REFERENCES users (nick) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_facturasprov_estados_documentos FOREIGN KEY (idestado) REFERENCES estados_documentos (idestado) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE lineasfacturasprov (
	idlinea serial PRIMARY KEY,
	idfactura integer NOT NULL,
	idproducto integer,
	referencia varchar(30),
	descripcion text,
	cantidad double precision DEFAULT 0,
	pvpunitario double precision DEFAULT 0,
	dtopor double precision DEFAULT 0,
	iva double precision DEFAULT 0,
	recargo double precision DEFAULT 0,
	irpf double precision DEFAULT 0,
	codimpuesto varchar(10),
	pvptotal double precision DEFAULT 0,
	orden integer DEFAULT 0,
	actualizastock integer DEFAULT 0,
	CONSTRAINT ca_lineasfacturasprov_facturasprov FOREIGN KEY (idfactura) REFERENCES facturasprov (idfactura) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_lineasfacturasprov_productos FOREIGN KEY (idproducto) REFERENCES productos (idproducto) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_lineasfacturasprov_variantes FOREIGN KEY (referencia) REFERENCES variantes (referencia) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_lineasfacturasprov_impuestos FOREIGN KEY (codimpuesto) REFERENCES impuestos (codimpuesto) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE productosprov (
	id serial PRIMARY KEY,
	idproducto integer,
	referencia varchar(30) NOT NULL,
	refproveedor varchar(30) NOT NULL,
	codproveedor varchar(10) NOT NULL,
	coddivisa varchar(3),
	precio double precision DEFAULT 0,
	dtopor double precision DEFAULT 0,
	dtopor2 double precision DEFAULT 0,
	neto double precision DEFAULT 0,
	netoeuros double precision DEFAULT 0,
	stock double precision DEFAULT 0,
	actualizado timestamp,
	CONSTRAINT ca_productosprov_productos FOREIGN KEY (idproducto) REFERENCES productos (idproducto) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_productosprov_variantes FOREIGN KEY (referencia) REFERENCES variantes (referencia) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_productosprov_proveedores FOREIGN KEY (codproveedor) REFERENCES proveedores (codproveedor) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_productosprov_divisas FOREIGN KEY (coddivisa) REFERENCES divisas (coddivisa) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE reciboscli (
	idrecibo serial PRIMARY KEY,
	idfactura integer NOT NULL,
	codcliente varchar(10) NOT NULL,
	idempresa integer,
	coddivisa varchar(3),
	codpago varchar(10),
	numero integer NOT NULL DEFAULT 1,
	importe double precision DEFAULT 0,
	liquidado double precision DEFAULT 0,
	fecha date,
	vencimiento date,
	fechapago date,
	pagado boolean DEFAULT false,
	nick varchar(50),
	observaciones text,
	CONSTRAINT ca_reciboscli_facturascli FOREIGN KEY (idfactura) REFERENCES facturascli (idfactura) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_reciboscli_clientes FOREIGN KEY (codcliente) REFERENCES clientes (codcliente) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_reciboscli_empresas FOREIGN KEY (idempresa) REFERENCES empresas (idempresa) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_reciboscli_divisas FOREIGN KEY (coddivisa) REFERENCES divisas (coddivisa) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_reciboscli_formaspago FOREIGN KEY (codpago) REFERENCES formaspago (codpago) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_reciboscli_users FOREIGN KEY (nick) REFERENCES users (nick) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE recibosprov (
	idrecibo serial PRIMARY KEY,
	idfactura integer NOT NULL,
	codproveedor varchar(10) NOT NULL,
	idempresa integer,
	coddivisa varchar(3),
	codpago varchar(10),
	numero integer NOT NULL DEFAULT 1,
	importe double precision DEFAULT 0,
	fecha date,
	vencimiento date,
	fechapago date,
	pagado boolean DEFAULT false,
	nick varchar(50),
	observaciones text,
	CONSTRAINT ca_recibosprov_facturasprov FOREIGN KEY (idfactura) REFERENCES facturasprov (idfactura) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_recibosprov_proveedores FOREIGN KEY (codproveedor) REFERENCES proveedores (codproveedor) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_recibosprov_empresas FOREIGN KEY (idempresa) REFERENCES empresas (idempresa) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_recibosprov_divisas FOREIGN KEY (coddivisa) REFERENCES divisas (coddivisa) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_recibosprov_formaspago FOREIGN KEY (codpago) REFERENCES formaspago (codpago) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_recibosprov_users FOREIGN KEY (nick) REFERENCES users (nick) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE pagoscli (
	idpago serial PRIMARY KEY,
	idrecibo integer NOT NULL,
	idasiento integer,
	codpago varchar(10),
	importe double precision DEFAULT 0,
	gastos double precision DEFAULT 0,
	fecha date,
	hora time,
	nick varchar(50),
	customid varchar(50),
	customstatus varchar(50),
	CONSTRAINT ca_pagoscli_reciboscli FOREIGN KEY (idrecibo) REFERENCES reciboscli (idrecibo) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_pagoscli_asientos FOREIGN KEY (idasiento) REFERENCES asientos (idasiento) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_pagoscli_formaspago FOREIGN KEY (codpago) REFERENCES formaspago (codpago) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_pagoscli_users FOREIGN KEY (nick) REFERENCES users (nick) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE pagosprov (
	idpago serial PRIMARY KEY,
	idrecibo integer NOT NULL,
	idasiento integer,
	codpago varchar(10),
	importe double precision DEFAULT 0,
	fecha date,
	hora time,
	nick varchar(50),
	CONSTRAINT ca_pagosprov_recibosprov FOREIGN KEY (idrecibo) REFERENCES recibosprov (idrecibo) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_pagosprov_asientos FOREIGN KEY (idasiento) REFERENCES asientos (idasiento) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_pagosprov_formaspago FOREIGN KEY (codpago) REFERENCES formaspago (codpago) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_pagosprov_users FOREIGN KEY (nick) REFERENCES users (nick) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE doctransformations (
	id serial PRIMARY KEY,
	model1 varchar(30) NOT NULL,
	iddoc1 integer NOT NULL,
	idlinea1 integer,
	model2 varchar(30) NOT NULL,
	iddoc2 integer NOT NULL,
	idlinea2 integer,
	cantidad double precision DEFAULT 0
);

CREATE TABLE cuentasesp (
	codcuentaesp varchar(6) PRIMARY KEY,
	descripcion varchar(255) NOT NULL
);

CREATE TABLE cuentas (
	idcuenta serial PRIMARY KEY,
	codcuenta varchar(10) NOT NULL,
	codejercicio varchar(4) NOT NULL,
	descripcion varchar(255),
	parent_idcuenta integer,
	parent_codcuenta varchar(10),
	codcuentaesp varchar(6),
	debe double precision DEFAULT 0,
	haber double precision DEFAULT 0,
	saldo double precision DEFAULT 0,
	CONSTRAINT uniq_codcuenta UNIQUE (codcuenta, codejercicio),
	CONSTRAINT ca_cuentas_ejercicios FOREIGN KEY (codejercicio) REFERENCES ejercicios (codejercicio) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_cuentas_cuentas FOREIGN KEY (parent_idcuenta) REFERENCES cuentas (idcuenta) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_cuentas_cuentasesp FOREIGN KEY (codcuentaesp) REFERENCES cuentasesp (codcuentaesp) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE subcuentas (
	idsubcuenta serial PRIMARY KEY,
	codsubcuenta varchar(15) NOT NULL,
	codejercicio varchar(4) NOT NULL,
	idcuenta integer NOT NULL,
	codcuenta varchar(10) NOT NULL,
	descripcion varchar(255),
	codimpuesto varchar(10),
	codcuentaesp varchar(6),
	debe double precision DEFAULT 0,
	haber double precision DEFAULT 0,
	saldo double precision DEFAULT 0,
	CONSTRAINT uniq_codsubcuenta UNIQUE (codsubcuenta, codejercicio),
	CONSTRAINT ca_subcuentas_ejercicios FOREIGN KEY (codejercicio) REFERENCES ejercicios (codejercicio) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_subcuentas_cuentas FOREIGN KEY (idcuenta) REFERENCES cuentas (idcuenta) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_subcuentas_impuestos FOREIGN KEY (codimpuesto) REFERENCES impuestos (codimpuesto) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_subcuentas_cuentasesp FOREIGN KEY (codcuentaesp) REFERENCES cuentasesp (codcuentaesp) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE conceptos_partidas (
	codconcepto varchar(10) PRIMARY KEY,
	descripcion varchar(255) NOT NULL
);

CREATE TABLE asientos (
	idasiento serial PRIMARY KEY,
	numero integer NOT NULL,
	concepto varchar(255),
	fecha date NOT NULL,
	codejercicio varchar(4) NOT NULL,
	idempresa integer NOT NULL,
	iddiario integer,
	canal integer,
	importe double precision DEFAULT 0,
	editable boolean DEFAULT true,
	documento varchar(30),
	operacion varchar(1),
	CONSTRAINT ca_asientos_ejercicios FOREIGN KEY (codejercicio) REFERENCES ejercicios (codejercicio) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_asientos_empresas FOREIGN KEY (idempresa) REFERENCES empresas (idempresa) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_asientos_diarios FOREIGN KEY (iddiario) REFERENCES diarios (iddiario) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE partidas (
	idpartida serial PRIMARY KEY,
	idasiento integer NOT NULL,
	idsubcuenta integer NOT NULL,
	codsubcuenta varchar(15) NOT NULL,
	concepto varchar(255),
	debe double precision DEFAULT 0,
	haber double precision DEFAULT 0,
	idcontrapartida integer,
	codcontrapartida varchar(15),
	coddivisa varchar(3),
	tasaconv double precision DEFAULT 1,
	baseimponible double precision DEFAULT 0,
	iva double precision DEFAULT 0,
	recargo double precision DEFAULT 0,
	cifnif varchar(30),
	documento varchar(30),
	factura varchar(20),
	codserie varchar(4),
	punteada boolean DEFAULT false,
	orden integer DEFAULT 0,
	CONSTRAINT ca_partidas_asientos FOREIGN KEY (idasiento) REFERENCES asientos (idasiento) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_partidas_subcuentas FOREIGN KEY (idsubcuenta) REFERENCES subcuentas (idsubcuenta) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_partidas_subcuentas_idcontrapartida FOREIGN KEY (idcontrapartida) REFERENCES subcuentas (idsubcuenta) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_partidas_divisas FOREIGN KEY (coddivisa) REFERENCES divisas (coddivisa) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE regularizacionimpuestos (
	idregiva serial PRIMARY KEY,
	codejercicio varchar(4) NOT NULL,
	idempresa integer NOT NULL,
	periodo varchar(2) NOT NULL,
	fechainicio date NOT NULL,
	fechafin date NOT NULL,
	fechaasiento date,
	idasiento integer,
	idsubcuentaacr integer,
	codsubcuentaacr varchar(15),
	idsubcuentadeu integer,
	codsubcuentadeu varchar(15),
	bloquear boolean DEFAULT false,
	CONSTRAINT ca_regularizacionimpuestos_ejercicios FOREIGN KEY (codejercicio) REFERENCES ejercicios (codejercicio) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_regularizacionimpuestos_empresas FOREIGN KEY (idempresa) REFERENCES empresas (idempresa) ON DELETE RESTRICT ON UPDATE CASCADE,
	CONSTRAINT ca_regularizacionimpuestos_asientos FOREIGN KEY (idasiento) REFERENCES asientos (idasiento) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_regularizacionimpuestos_subcuentas_idsubcuentaacr FOREIGN KEY (idsubcuentaacr) REFERENCES subcuentas (idsubcuenta) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_regularizacionimpuestos_subcuentas_idsubcuentadeu FOREIGN KEY (idsubcuentadeu) REFERENCES subcuentas (idsubcuenta) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE secuencias_documentos (
	idsecuencia serial PRIMARY KEY,
	idempresa integer NOT NULL,
	codejercicio varchar(4),
	codserie varchar(4) NOT NULL,
	tipodoc varchar(30) NOT NULL,
	numero integer NOT NULL DEFAULT 1,
	inicio integer DEFAULT 1,
	longnumero integer DEFAULT 6,
	patron varchar(50),
	usarhuecos boolean DEFAULT false,
	CONSTRAINT ca_secuencias_documentos_empresas FOREIGN KEY (idempresa) REFERENCES empresas (idempresa) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_secuencias_documentos_ejercicios FOREIGN KEY (codejercicio) REFERENCES ejercicios (codejercicio) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_secuencias_documentos_series FOREIGN KEY (codserie) REFERENCES series (codserie) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE attached_files (
	idfile serial PRIMARY KEY,
	filename varchar(100) NOT NULL,
	path varchar(200) NOT NULL,
	mimetype varchar(100),
	size integer,
	date date,
	hour time
);

CREATE TABLE attached_files_rel (
	id serial PRIMARY KEY,
	idfile integer NOT NULL,
	model varchar(30) NOT NULL,
	modelid integer,
	modelcode varchar(30),
	nick varchar(50),
	creationdate timestamp,
	observations text,
	CONSTRAINT ca_attached_files_rel_attached_files FOREIGN KEY (idfile) REFERENCES attached_files (idfile) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_attached_files_rel_users FOREIGN KEY (nick) REFERENCES users (nick) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE productoimagenes (
	id serial PRIMARY KEY,
	idproducto integer NOT NULL,
	referencia varchar(30),
	idfile integer NOT NULL,
	orden integer DEFAULT 0,
	CONSTRAINT ca_productoimagenes_productos FOREIGN KEY (idproducto) REFERENCES productos (idproducto) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_productoimagenes_variantes FOREIGN KEY (referencia) REFERENCES variantes (referencia) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_productoimagenes_attached_files FOREIGN KEY (idfile) REFERENCES attached_files (idfile) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE formatos_documentos (
	id serial PRIMARY KEY,
	nombre varchar(30) NOT NULL,
	tipodoc varchar(30),
	codserie varchar(4),
	idempresa integer,
	idlogo integer,
	titulo varchar(50),
	texto text,
	autoaplicar boolean DEFAULT true,
	CONSTRAINT ca_formatos_documentos_series FOREIGN KEY (codserie) REFERENCES series (codserie) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_formatos_documentos_empresas FOREIGN KEY (idempresa) REFERENCES empresas (idempresa) ON DELETE CASCADE ON UPDATE CASCADE,
	CONSTRAINT ca_formatos_documentos_attached_files FOREIGN KEY (idlogo) REFERENCES attached_files (idfile) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE logs (
	id serial PRIMARY KEY,
	channel varchar(40),
	level varchar(15),
	message text,
	ip varchar(40),
	nick varchar(50),
	idcontacto integer,
	model varchar(30),
	modelcode varchar(30),
	uri varchar(200),
	time timestamp,
	context text,
	CONSTRAINT ca_logs_users FOREIGN KEY (nick) REFERENCES users (nick) ON DELETE SET NULL ON UPDATE CASCADE,
	CONSTRAINT ca_logs_contactos FOREIGN KEY (idcontacto) REFERENCES contactos (idcontacto) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE emails_sent (
	id serial PRIMARY KEY,
	addressee varchar(100) NOT NULL,
	body text,
	date timestamp,
	email_from varchar(100),
	nick varchar(50),
	subject varchar(255),
	opened boolean DEFAULT false,
	verificode varchar(20),
	html boolean DEFAULT false,
	attachment boolean DEFAULT false,
	CONSTRAINT ca_emails_sent_users FOREIGN KEY (nick) REFERENCES users (nick) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE api_keys (
	id serial PRIMARY KEY,
	apikey varchar(100) NOT NULL UNIQUE,
	description varchar(100),
	enabled boolean DEFAULT true,
	fullaccess boolean DEFAULT false,
	nick varchar(50),
	creationdate date,
	CONSTRAINT ca_api_keys_users FOREIGN KEY (nick) REFERENCES users (nick) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE api_access (
	id serial PRIMARY KEY,
	idapikey integer NOT NULL,
	resource varchar(100) NOT NULL,
	allowget boolean DEFAULT true,
	allowpost boolean DEFAULT true,
	allowput boolean DEFAULT true,
	allowdelete boolean DEFAULT true,
	CONSTRAINT ca_api_access_api_keys FOREIGN KEY (idapikey) REFERENCES api_keys (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE cronjobs (
	id serial PRIMARY KEY,
	jobname varchar(50) NOT NULL,
	pluginname varchar(50),
	date timestamp,
	done boolean DEFAULT false,
	duration double precision,
	enabled boolean DEFAULT true,
	failed boolean DEFAULT false
);

CREATE TABLE settings (
	name varchar(50) PRIMARY KEY,
	properties text
);

CREATE TABLE work_events (
	id serial PRIMARY KEY,
	name varchar(50) NOT NULL,
	value varchar(255),
	params text,
	done boolean DEFAULT false,
	creation_date timestamp,
	done_date timestamp,
	workers integer DEFAULT 0,
	workers_done integer DEFAULT 0,
	nick varchar(50),
	CONSTRAINT ca_work_events_users FOREIGN KEY (nick) REFERENCES users (nick) ON DELETE SET NULL ON UPDATE CASCADE
);
