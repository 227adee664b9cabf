-- ieducar.sql: a twenty-sixth blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind26). The database of
-- an i-Educar install, the Brazilian public school management system
-- (PHP, PostgreSQL, Portuguese names): people (cadastro: pessoa, fisica,
-- juridica, documents, phones, addresses, races, disabilities), places
-- (public / urbano: countries, states, municipalities, districts,
-- street types, streets, postcodes), staff logins (portal.funcionario,
-- pmieducar.usuario), the school network (instituicao, escola, cursos,
-- series, the series a school offers, classes - turma), students (aluno),
-- enrolments (matricula) and their placement in classes, transfers,
-- school years and their terms, teachers (servidor) and their
-- allocations, school records (historico), and the evaluation module
-- (modules: subjects, grading rules, rounding tables, marks, absences,
-- teachers' classes, Educacenso codes).
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of i-Educar's PostgreSQL schema,
-- trimmed. i-Educar spreads its tables over schemas (pmieducar, cadastro,
-- public, urbano, portal, modules); here they are written unqualified,
-- as a dump with search_path over them would read (a DDL source here is
-- one SQLite file), and no two kept tables share a name.
-- Conventions: pmieducar keys cod_<table> (aluno.cod_aluno,
-- escola.cod_escola, matricula.cod_matricula) and links ref_cod_<table>
-- (ref_cod_aluno, ref_cod_instituicao, ref_cod_curso); a link that goes
-- through a composite key of a table that itself holds refs doubles the
-- prefix: turma and matricula (ref_ref_cod_escola, ref_ref_cod_serie) ->
-- escola_serie (ref_cod_escola, ref_cod_serie), ano_letivo_modulo
-- (ref_ref_cod_escola, ref_ano) -> escola_ano_letivo (ref_cod_escola,
-- ano), historico_disciplinas (ref_ref_cod_aluno, ref_sequencial) ->
-- historico_escolar (ref_cod_aluno, sequencial), servidor_alocacao
-- (ref_cod_servidor, ref_ref_cod_instituicao) -> servidor (cod_servidor,
-- ref_cod_instituicao); audit roles ref_usuario_cad (who created the row)
-- and ref_usuario_exc (who deleted it) -> usuario on most pmieducar
-- tables, ref_funcionario_cad / ref_funcionario_exc -> funcionario;
-- cadastro and public keys are id glued to an abbreviation: idpes
-- (pessoa), idmun (municipio), idbai (bairro), idlog (logradouro), idtlog
-- (tipo_logradouro, a text key such as 'RUA'), ideciv (estado_civil),
-- idesco (escolaridade), idpais (pais), iddis (distrito), idorg_rg
-- (orgao_emissor_rg, linked as idorg_exp_rg); roles on them: idpes_cad /
-- idpes_rev (who created / last revised the row) -> pessoa, idpes_mae,
-- idpes_pai, idpes_responsavel, idpes_con (spouse) -> fisica,
-- idmun_nascimento -> municipio, ref_idpes -> fisica or juridica,
-- ref_idpes_gestor -> fisica; states keyed by their text sigla_uf ('SC'),
-- linked as sigla_uf, ref_sigla_uf or sigla_uf_exp_rg; a person's
-- specialisations share its key (fisica.idpes, juridica.idpes,
-- documento.idpes -> pessoa / fisica; portal.funcionario keyed by
-- ref_cod_pessoa_fj -> fisica, pmieducar.usuario by cod_usuario ->
-- funcionario, servidor by cod_servidor -> fisica); the modules tables
-- are keyed by id with <table>_id links (matricula_id -> matricula,
-- componente_curricular_id, nota_aluno_id, instituicao_id,
-- servidor_id) and one synonym (ano_escolar_id -> serie).
-- i-Educar declares its FKs: the REFERENCES are those. Three keys that
-- are also FKs (funcionario.ref_cod_pessoa_fj, usuario.cod_usuario,
-- fisica_raca.ref_idpes) are written int, not integer: SQLite takes an
-- "integer PRIMARY KEY" as the rowid, which gen_data.py cannot fill late
-- from its parent (the same type in PostgreSQL).
-- Left without REFERENCES: text copies of names (historico_escolar.escola,
-- escola_cidade, escola_uf, nm_serie, nm_curso; aluno.nm_pai / nm_mae),
-- aluno.aluno_estado_id (a state registry code, text), matricula.modulo
-- (the number of the current term, not a modulo row),
-- servidor_alocacao.periodo and matricula.turno_pre_matricula (shift
-- codes written before turma_turno existed), pessoa.idsis_cad /
-- idsis_rev (the acesso.sistema table, not kept), funcionario.ref_sec,
-- ref_cod_setor and ref_cod_funcionario_vinculo (tables not kept),
-- municipio.idmreg / idasmun (regions not kept), the Educacenso INEP
-- codes (numbers of the national census, no key here), and the cep
-- columns of addresses (a postcode, part of cep_logradouro's key but
-- stored with no FK in endereco_pessoa and instituicao).

CREATE TABLE pais (
    idpais serial PRIMARY KEY,
    nome varchar(60) NOT NULL,
    geom text,
    cod_ibge integer
);

CREATE TABLE uf (
    sigla_uf varchar(3) PRIMARY KEY,
    nome varchar(30) NOT NULL,
    geom text,
    idpais integer REFERENCES pais (idpais),
    cod_ibge integer
);

CREATE TABLE pessoa (
    idpes serial PRIMARY KEY,
    nome varchar(150) NOT NULL,
    idpes_cad integer REFERENCES pessoa (idpes),
    data_cad timestamp NOT NULL,
    url varchar(60),
    tipo char(1) NOT NULL,
    idpes_rev integer REFERENCES pessoa (idpes),
    data_rev timestamp,
    email varchar(100),
    situacao char(1) NOT NULL,
    origem_gravacao char(1) NOT NULL,
    operacao char(1) NOT NULL,
    idsis_rev integer,
    idsis_cad integer NOT NULL
);

CREATE TABLE municipio (
    idmun serial PRIMARY KEY,
    nome varchar(60) NOT NULL,
    sigla_uf varchar(3) NOT NULL REFERENCES uf (sigla_uf),
    area_km2 numeric(6,0),
    idmreg integer,
    idasmun integer,
    cod_ibge integer,
    geom text,
    tipo char(1) NOT NULL,
    idmun_pai integer REFERENCES municipio (idmun),
    idpes_rev integer REFERENCES pessoa (idpes),
    idpes_cad integer REFERENCES pessoa (idpes),
    data_rev timestamp,
    data_cad timestamp NOT NULL,
    origem_gravacao char(1) NOT NULL,
    operacao char(1) NOT NULL
);

CREATE TABLE distrito (
    iddis serial PRIMARY KEY,
    idmun integer NOT NULL REFERENCES municipio (idmun),
    nome varchar(80) NOT NULL,
    cod_ibge varchar(7),
    geom text,
    idpes_rev integer REFERENCES pessoa (idpes),
    idpes_cad integer REFERENCES pessoa (idpes),
    data_cad timestamp NOT NULL,
    origem_gravacao char(1) NOT NULL
);

CREATE TABLE bairro (
    idbai serial PRIMARY KEY,
    idmun integer NOT NULL REFERENCES municipio (idmun),
    iddis integer NOT NULL REFERENCES distrito (iddis),
    nome varchar(80) NOT NULL,
    zona_localizacao integer,
    geom text,
    idpes_rev integer REFERENCES pessoa (idpes),
    idpes_cad integer REFERENCES pessoa (idpes),
    data_cad timestamp NOT NULL,
    origem_gravacao char(1) NOT NULL
);

CREATE TABLE tipo_logradouro (
    idtlog varchar(5) PRIMARY KEY,
    descricao varchar(40) NOT NULL
);

CREATE TABLE logradouro (
    idlog serial PRIMARY KEY,
    idtlog varchar(5) NOT NULL REFERENCES tipo_logradouro (idtlog),
    nome varchar(150) NOT NULL,
    idmun integer NOT NULL REFERENCES municipio (idmun),
    geom text,
    ident_oficial char(1),
    idpes_rev integer REFERENCES pessoa (idpes),
    idpes_cad integer REFERENCES pessoa (idpes),
    data_cad timestamp NOT NULL,
    origem_gravacao char(1) NOT NULL
);

CREATE TABLE cep_logradouro (
    cep numeric(8,0) NOT NULL,
    idlog integer NOT NULL REFERENCES logradouro (idlog),
    nroini numeric(6,0),
    nrofin numeric(6,0),
    idpes_rev integer REFERENCES pessoa (idpes),
    idpes_cad integer REFERENCES pessoa (idpes),
    data_cad timestamp NOT NULL,
    PRIMARY KEY (cep, idlog)
);

CREATE TABLE cep_logradouro_bairro (
    idbai integer NOT NULL REFERENCES bairro (idbai),
    idlog integer NOT NULL,
    cep numeric(8,0) NOT NULL,
    idpes_rev integer REFERENCES pessoa (idpes),
    idpes_cad integer REFERENCES pessoa (idpes),
    data_cad timestamp NOT NULL,
    PRIMARY KEY (idbai, idlog, cep),
    FOREIGN KEY (cep, idlog) REFERENCES cep_logradouro (cep, idlog)
);

CREATE TABLE estado_civil (
    ideciv serial PRIMARY KEY,
    descricao varchar(15) NOT NULL
);

CREATE TABLE escolaridade (
    idesco smallint PRIMARY KEY,
    descricao varchar(60) NOT NULL,
    escolaridade smallint
);

CREATE TABLE orgao_emissor_rg (
    idorg_rg serial PRIMARY KEY,
    sigla varchar(20) NOT NULL,
    descricao varchar(60) NOT NULL,
    situacao char(1) NOT NULL,
    codigo_educacenso integer
);

CREATE TABLE fisica (
    idpes integer PRIMARY KEY REFERENCES pessoa (idpes),
    data_nasc date,
    sexo char(1),
    idpes_mae integer REFERENCES fisica (idpes),
    idpes_pai integer REFERENCES fisica (idpes),
    idpes_responsavel integer REFERENCES fisica (idpes),
    idpes_con integer REFERENCES fisica (idpes),
    idesco smallint REFERENCES escolaridade (idesco),
    ideciv integer REFERENCES estado_civil (ideciv),
    idmun_nascimento integer REFERENCES municipio (idmun),
    idpais_estrangeiro integer REFERENCES pais (idpais),
    nacionalidade integer,
    data_chegada_brasil date,
    ultima_empresa varchar(150),
    nome_mae varchar(150),
    nome_pai varchar(150),
    nome_conjuge varchar(150),
    nome_responsavel varchar(150),
    justificativa_provisorio varchar(150),
    cpf numeric(11,0),
    nis_pis_pasep numeric(11,0),
    idpes_rev integer REFERENCES pessoa (idpes),
    idpes_cad integer REFERENCES pessoa (idpes),
    data_rev timestamp,
    data_cad timestamp NOT NULL,
    origem_gravacao char(1) NOT NULL,
    operacao char(1) NOT NULL,
    ativo smallint,
    nome_social varchar(150)
);

CREATE TABLE juridica (
    idpes integer PRIMARY KEY REFERENCES pessoa (idpes),
    cnpj numeric(14,0) NOT NULL,
    insc_estadual numeric(20,0),
    fantasia varchar(255),
    capital_social varchar(255),
    idpes_rev integer REFERENCES pessoa (idpes),
    idpes_cad integer REFERENCES pessoa (idpes),
    data_rev timestamp,
    data_cad timestamp NOT NULL,
    origem_gravacao char(1) NOT NULL,
    operacao char(1) NOT NULL
);

CREATE TABLE documento (
    idpes integer PRIMARY KEY REFERENCES fisica (idpes),
    rg varchar(25),
    data_exp_rg date,
    sigla_uf_exp_rg varchar(3) REFERENCES uf (sigla_uf),
    idorg_exp_rg integer REFERENCES orgao_emissor_rg (idorg_rg),
    tipo_cert_civil numeric(2,0),
    num_termo numeric(8,0),
    num_livro varchar(8),
    num_folha numeric(4,0),
    data_emissao_cert_civil date,
    sigla_uf_cert_civil varchar(3) REFERENCES uf (sigla_uf),
    cartorio_cert_civil text,
    num_cart_trabalho numeric(7,0),
    serie_cart_trabalho numeric(5,0),
    data_emissao_cart_trabalho date,
    sigla_uf_cart_trabalho varchar(3) REFERENCES uf (sigla_uf),
    num_tit_eleitor numeric(13,0),
    zona_tit_eleitor numeric(4,0),
    secao_tit_eleitor numeric(4,0),
    certidao_nascimento varchar(50),
    idpes_rev integer REFERENCES pessoa (idpes),
    idpes_cad integer REFERENCES pessoa (idpes),
    data_rev timestamp,
    data_cad timestamp NOT NULL,
    origem_gravacao char(1) NOT NULL,
    operacao char(1) NOT NULL
);

CREATE TABLE fone_pessoa (
    idpes integer NOT NULL REFERENCES pessoa (idpes),
    tipo numeric(1,0) NOT NULL,
    ddd numeric(3,0) NOT NULL,
    fone numeric(11,0) NOT NULL,
    idpes_rev integer REFERENCES pessoa (idpes),
    idpes_cad integer REFERENCES pessoa (idpes),
    data_rev timestamp,
    data_cad timestamp NOT NULL,
    origem_gravacao char(1) NOT NULL,
    operacao char(1) NOT NULL,
    PRIMARY KEY (idpes, tipo)
);

CREATE TABLE endereco_pessoa (
    idpes integer NOT NULL REFERENCES pessoa (idpes),
    tipo numeric(1,0) NOT NULL,
    cep numeric(8,0) NOT NULL,
    idlog integer NOT NULL REFERENCES logradouro (idlog),
    idbai integer NOT NULL REFERENCES bairro (idbai),
    numero numeric(6,0),
    letra char(1),
    complemento varchar(20),
    reside_desde date,
    bloco varchar(20),
    andar numeric(2,0),
    apartamento numeric(6,0),
    idpes_rev integer REFERENCES pessoa (idpes),
    idpes_cad integer REFERENCES pessoa (idpes),
    data_rev timestamp,
    data_cad timestamp NOT NULL,
    origem_gravacao char(1) NOT NULL,
    operacao char(1) NOT NULL,
    PRIMARY KEY (idpes, tipo)
);

CREATE TABLE funcionario (
    ref_cod_pessoa_fj int PRIMARY KEY REFERENCES fisica (idpes),
    matricula varchar(12),
    senha varchar(191),
    ativo smallint,
    ref_sec integer,
    ramal varchar(10),
    sequencial char(3),
    opcao_menu text,
    ref_cod_setor integer,
    ref_cod_funcionario_vinculo integer,
    tempo_expira_senha integer,
    data_expiracao date,
    data_troca_senha date,
    data_reativa_conta date,
    ref_ref_cod_pessoa_fj integer REFERENCES funcionario (ref_cod_pessoa_fj),
    proibido integer,
    matricula_new bigint,
    matricula_permanente smallint,
    tipo_menu smallint,
    email varchar(50),
    status_token varchar(191)
);

CREATE TABLE tipo_usuario (
    cod_tipo_usuario serial PRIMARY KEY,
    ref_funcionario_cad integer NOT NULL REFERENCES funcionario (ref_cod_pessoa_fj),
    ref_funcionario_exc integer REFERENCES funcionario (ref_cod_pessoa_fj),
    nm_tipo varchar(255) NOT NULL,
    descricao text,
    nivel integer NOT NULL,
    data_cadastro timestamp NOT NULL,
    data_exclusao timestamp,
    ativo smallint NOT NULL
);

CREATE TABLE instituicao (
    cod_instituicao serial PRIMARY KEY,
    ref_usuario_exc integer REFERENCES usuario (cod_usuario),
    ref_usuario_cad integer NOT NULL REFERENCES usuario (cod_usuario),
    ref_idtlog varchar(20) NOT NULL REFERENCES tipo_logradouro (idtlog),
    ref_sigla_uf varchar(3) NOT NULL REFERENCES uf (sigla_uf),
    cep numeric(8,0) NOT NULL,
    cidade varchar(60) NOT NULL,
    bairro varchar(40) NOT NULL,
    logradouro varchar(255) NOT NULL,
    numero numeric(6,0),
    complemento varchar(50),
    nm_responsavel varchar(255) NOT NULL,
    ddd_telefone numeric(2,0),
    telefone numeric(11,0),
    data_cadastro timestamp NOT NULL,
    data_exclusao timestamp,
    ativo smallint NOT NULL,
    nm_instituicao varchar(255) NOT NULL,
    data_base_remanejamento date,
    data_base_transferencia date,
    exigir_vinculo_turma_professor smallint,
    orgao_regional varchar
);

CREATE TABLE usuario (
    cod_usuario int PRIMARY KEY REFERENCES funcionario (ref_cod_pessoa_fj),
    ref_cod_instituicao integer REFERENCES instituicao (cod_instituicao),
    ref_funcionario_cad integer NOT NULL REFERENCES funcionario (ref_cod_pessoa_fj),
    ref_funcionario_exc integer REFERENCES funcionario (ref_cod_pessoa_fj),
    ref_cod_tipo_usuario integer REFERENCES tipo_usuario (cod_tipo_usuario),
    data_cadastro timestamp NOT NULL,
    data_exclusao timestamp,
    ativo smallint NOT NULL
);

CREATE TABLE religiao (
    cod_religiao serial PRIMARY KEY,
    ref_usuario_exc integer REFERENCES usuario (cod_usuario),
    ref_usuario_cad integer NOT NULL REFERENCES usuario (cod_usuario),
    nm_religiao varchar(50) NOT NULL,
    data_cadastro timestamp NOT NULL,
    data_exclusao timestamp,
    ativo boolean NOT NULL
);

CREATE TABLE raca (
    cod_raca serial PRIMARY KEY,
    idpes_exc integer REFERENCES fisica (idpes),
    idpes_cad integer NOT NULL REFERENCES fisica (idpes),
    nm_raca varchar(50) NOT NULL,
    data_cadastro timestamp NOT NULL,
    data_exclusao timestamp,
    ativo boolean,
    raca_educacenso smallint
);

CREATE TABLE fisica_raca (
    ref_idpes int PRIMARY KEY REFERENCES fisica (idpes),
    ref_cod_raca integer NOT NULL REFERENCES raca (cod_raca)
);

CREATE TABLE deficiencia (
    cod_deficiencia serial PRIMARY KEY,
    nm_deficiencia varchar(70) NOT NULL,
    deficiencia_educacenso smallint,
    desconsidera_regra_diferenciada boolean,
    exigir_laudo_medico boolean
);

CREATE TABLE fisica_deficiencia (
    ref_idpes integer NOT NULL REFERENCES fisica (idpes),
    ref_cod_deficiencia integer NOT NULL REFERENCES deficiencia (cod_deficiencia),
    PRIMARY KEY (ref_idpes, ref_cod_deficiencia)
);

CREATE TABLE escola_localizacao (
    cod_escola_localizacao serial PRIMARY KEY,
    ref_usuario_exc integer REFERENCES usuario (cod_usuario),
    ref_usuario_cad integer NOT NULL REFERENCES usuario (cod_usuario),
    nm_localizacao varchar(255) NOT NULL,
    data_cadastro timestamp NOT NULL,
    data_exclusao timestamp,
    ativo smallint NOT NULL,
    ref_cod_instituicao integer NOT NULL REFERENCES instituicao (cod_instituicao)
);

CREATE TABLE escola_rede_ensino (
    cod_escola_rede_ensino serial PRIMARY KEY,
    ref_usuario_exc integer REFERENCES usuario (cod_usuario),
    ref_usuario_cad integer NOT NULL REFERENCES usuario (cod_usuario),
    nm_rede varchar(255) NOT NULL,
    data_cadastro timestamp NOT NULL,
    data_exclusao timestamp,
    ativo smallint NOT NULL,
    ref_cod_instituicao integer NOT NULL REFERENCES instituicao (cod_instituicao)
);

CREATE TABLE escola (
    cod_escola serial PRIMARY KEY,
    ref_usuario_cad integer NOT NULL REFERENCES usuario (cod_usuario),
    ref_usuario_exc integer REFERENCES usuario (cod_usuario),
    ref_cod_instituicao integer NOT NULL REFERENCES instituicao (cod_instituicao),
    ref_cod_escola_localizacao integer REFERENCES escola_localizacao (cod_escola_localizacao),
    ref_cod_escola_rede_ensino integer NOT NULL REFERENCES escola_rede_ensino (cod_escola_rede_ensino),
    ref_idpes integer REFERENCES juridica (idpes),
    ref_idpes_gestor integer REFERENCES fisica (idpes),
    sigla varchar(20) NOT NULL,
    data_cadastro timestamp NOT NULL,
    data_exclusao timestamp,
    ativo smallint NOT NULL,
    zona_localizacao smallint,
    cargo_gestor integer,
    situacao_funcionamento integer,
    dependencia_administrativa integer,
    latitude varchar(20),
    longitude varchar(20),
    bloquear_lancamento_diario_anos_letivos_encerrados integer,
    utiliza_regra_diferenciada boolean
);

CREATE TABLE nivel_ensino (
    cod_nivel_ensino serial PRIMARY KEY,
    ref_usuario_exc integer REFERENCES usuario (cod_usuario),
    ref_usuario_cad integer NOT NULL REFERENCES usuario (cod_usuario),
    nm_nivel varchar(255) NOT NULL,
    descricao text,
    data_cadastro timestamp NOT NULL,
    data_exclusao timestamp,
    ativo smallint NOT NULL,
    ref_cod_instituicao integer NOT NULL REFERENCES instituicao (cod_instituicao)
);

CREATE TABLE tipo_ensino (
    cod_tipo_ensino serial PRIMARY KEY,
    ref_usuario_exc integer REFERENCES usuario (cod_usuario),
    ref_usuario_cad integer NOT NULL REFERENCES usuario (cod_usuario),
    nm_tipo varchar(255) NOT NULL,
    data_cadastro timestamp NOT NULL,
    data_exclusao timestamp,
    ativo smallint NOT NULL,
    ref_cod_instituicao integer NOT NULL REFERENCES instituicao (cod_instituicao),
    atividade_complementar boolean
);

CREATE TABLE curso (
    cod_curso serial PRIMARY KEY,
    ref_usuario_cad integer NOT NULL REFERENCES usuario (cod_usuario),
    ref_cod_nivel_ensino integer NOT NULL REFERENCES nivel_ensino (cod_nivel_ensino),
    ref_cod_tipo_ensino integer NOT NULL REFERENCES tipo_ensino (cod_tipo_ensino),
    nm_curso varchar(255) NOT NULL,
    sgl_curso varchar(15) NOT NULL,
    qtd_etapas smallint NOT NULL,
    carga_horaria float8 NOT NULL,
    ato_poder_publico varchar(255),
    objetivo_curso text,
    publico_alvo text,
    data_cadastro timestamp NOT NULL,
    data_exclusao timestamp,
    ativo smallint NOT NULL,
    ref_usuario_exc integer REFERENCES usuario (cod_usuario),
    ref_cod_instituicao integer NOT NULL REFERENCES instituicao (cod_instituicao),
    padrao_ano_escolar smallint NOT NULL,
    hora_falta float8 NOT NULL,
    multi_seriado integer,
    modalidade_curso integer
);

CREATE TABLE formula_media (
    id serial PRIMARY KEY,
    instituicao_id integer NOT NULL REFERENCES instituicao (cod_instituicao),
    nome varchar(50) NOT NULL,
    formula_media varchar(200) NOT NULL,
    tipo_formula smallint
);

CREATE TABLE tabela_arredondamento (
    id serial PRIMARY KEY,
    instituicao_id integer NOT NULL REFERENCES instituicao (cod_instituicao),
    nome varchar(50) NOT NULL,
    tipo_nota smallint NOT NULL,
    arredondar_nota integer
);

CREATE TABLE tabela_arredondamento_valor (
    id serial PRIMARY KEY,
    tabela_arredondamento_id integer NOT NULL REFERENCES tabela_arredondamento (id),
    nome varchar(5) NOT NULL,
    descricao varchar(25),
    valor_minimo numeric(5,3),
    valor_maximo numeric(5,3),
    casa_decimal_exata smallint,
    acao smallint
);

CREATE TABLE regra_avaliacao (
    id serial PRIMARY KEY,
    instituicao_id integer NOT NULL REFERENCES instituicao (cod_instituicao),
    formula_media_id integer NOT NULL REFERENCES formula_media (id),
    formula_recuperacao_id integer REFERENCES formula_media (id),
    tabela_arredondamento_id integer REFERENCES tabela_arredondamento (id),
    tabela_arredondamento_id_conceitual integer REFERENCES tabela_arredondamento (id),
    regra_diferenciada_id integer REFERENCES regra_avaliacao (id),
    nome varchar(50) NOT NULL,
    tipo_nota smallint NOT NULL,
    tipo_progressao smallint NOT NULL,
    media numeric(5,3),
    porcentagem_presenca numeric(6,3),
    parecer_descritivo smallint,
    tipo_presenca smallint NOT NULL,
    media_recuperacao numeric(6,3),
    nota_maxima_geral integer NOT NULL,
    nota_minima_geral integer,
    qtd_casas_decimais integer NOT NULL
);

CREATE TABLE serie (
    cod_serie serial PRIMARY KEY,
    ref_usuario_exc integer REFERENCES usuario (cod_usuario),
    ref_usuario_cad integer NOT NULL REFERENCES usuario (cod_usuario),
    ref_cod_curso integer NOT NULL REFERENCES curso (cod_curso),
    regra_avaliacao_id integer REFERENCES regra_avaliacao (id),
    nm_serie varchar(255) NOT NULL,
    etapa_curso integer NOT NULL,
    concluinte smallint NOT NULL,
    carga_horaria float8 NOT NULL,
    data_cadastro timestamp NOT NULL,
    data_exclusao timestamp,
    ativo smallint NOT NULL,
    idade_inicial numeric(3,0),
    idade_final numeric(3,0),
    intervalo integer,
    dias_letivos integer NOT NULL,
    idade_ideal integer,
    alerta_faixa_etaria boolean,
    bloquear_matricula_faixa_etaria boolean
);

CREATE TABLE escola_serie (
    ref_cod_escola integer NOT NULL REFERENCES escola (cod_escola),
    ref_cod_serie integer NOT NULL REFERENCES serie (cod_serie),
    ref_usuario_exc integer REFERENCES usuario (cod_usuario),
    ref_usuario_cad integer NOT NULL REFERENCES usuario (cod_usuario),
    hora_inicial time,
    hora_final time,
    data_cadastro timestamp NOT NULL,
    data_exclusao timestamp,
    ativo smallint NOT NULL,
    hora_inicio_intervalo time,
    hora_fim_intervalo time,
    bloquear_enturmacao_sem_vagas integer,
    bloquear_cadastro_turma_para_serie_com_vagas integer,
    anos_letivos text,
    PRIMARY KEY (ref_cod_escola, ref_cod_serie)
);

CREATE TABLE turma_turno (
    id serial PRIMARY KEY,
    nome varchar(15) NOT NULL,
    ativo smallint NOT NULL
);

CREATE TABLE modulo (
    cod_modulo serial PRIMARY KEY,
    ref_usuario_exc integer REFERENCES usuario (cod_usuario),
    ref_usuario_cad integer NOT NULL REFERENCES usuario (cod_usuario),
    nm_tipo varchar(255) NOT NULL,
    descricao text,
    num_meses numeric(3,0),
    num_semanas integer,
    data_cadastro timestamp NOT NULL,
    data_exclusao timestamp,
    ativo smallint NOT NULL,
    ref_cod_instituicao integer NOT NULL REFERENCES instituicao (cod_instituicao),
    num_etapas numeric(2,0) NOT NULL
);

CREATE TABLE escola_ano_letivo (
    ref_cod_escola integer NOT NULL REFERENCES escola (cod_escola),
    ano numeric(4,0) NOT NULL,
    ref_usuario_cad integer NOT NULL REFERENCES usuario (cod_usuario),
    ref_usuario_exc integer REFERENCES usuario (cod_usuario),
    andamento smallint NOT NULL,
    data_cadastro timestamp NOT NULL,
    data_exclusao timestamp,
    ativo smallint NOT NULL,
    turmas_por_ano smallint,
    PRIMARY KEY (ref_cod_escola, ano)
);

CREATE TABLE ano_letivo_modulo (
    ref_ano numeric(4,0) NOT NULL,
    ref_ref_cod_escola integer NOT NULL,
    sequencial integer NOT NULL,
    ref_cod_modulo integer NOT NULL REFERENCES modulo (cod_modulo),
    data_inicio date NOT NULL,
    data_fim date NOT NULL,
    dias_letivos numeric(5,0),
    PRIMARY KEY (ref_ano, ref_ref_cod_escola, sequencial),
    FOREIGN KEY (ref_ref_cod_escola, ref_ano) REFERENCES escola_ano_letivo (ref_cod_escola, ano)
);

CREATE TABLE servidor (
    cod_servidor integer NOT NULL REFERENCES fisica (idpes),
    ref_cod_instituicao integer NOT NULL REFERENCES instituicao (cod_instituicao),
    ref_idesco smallint REFERENCES escolaridade (idesco),
    carga_horaria float8 NOT NULL,
    data_cadastro timestamp NOT NULL,
    data_exclusao timestamp,
    ativo smallint NOT NULL,
    situacao_curso_superior_1 smallint,
    ano_inicio_curso_superior_1 numeric(4,0),
    ano_conclusao_curso_superior_1 numeric(4,0),
    tipo_ensino_medio_cursado integer,
    PRIMARY KEY (cod_servidor, ref_cod_instituicao)
);

CREATE TABLE servidor_alocacao (
    cod_servidor_alocacao serial PRIMARY KEY,
    ref_ref_cod_instituicao integer NOT NULL,
    ref_usuario_exc integer REFERENCES usuario (cod_usuario),
    ref_usuario_cad integer NOT NULL REFERENCES usuario (cod_usuario),
    ref_cod_escola integer NOT NULL REFERENCES escola (cod_escola),
    ref_cod_servidor integer NOT NULL,
    data_cadastro timestamp NOT NULL,
    data_exclusao timestamp,
    ativo smallint NOT NULL,
    carga_horaria varchar(10),
    periodo smallint,
    hora_final time,
    hora_inicial time,
    dia_semana integer,
    ano integer,
    data_admissao date,
    data_saida date,
    FOREIGN KEY (ref_cod_servidor, ref_ref_cod_instituicao) REFERENCES servidor (cod_servidor, ref_cod_instituicao)
);

CREATE TABLE turma (
    cod_turma serial PRIMARY KEY,
    ref_usuario_exc integer REFERENCES usuario (cod_usuario),
    ref_usuario_cad integer NOT NULL REFERENCES usuario (cod_usuario),
    ref_ref_cod_serie integer,
    ref_ref_cod_escola integer,
    ref_cod_curso integer REFERENCES curso (cod_curso),
    ref_cod_instituicao integer REFERENCES instituicao (cod_instituicao),
    ref_cod_regente integer,
    ref_cod_instituicao_regente integer,
    turma_turno_id integer REFERENCES turma_turno (id),
    nm_turma varchar(255) NOT NULL,
    sgl_turma varchar(15),
    max_aluno integer NOT NULL,
    multiseriada smallint NOT NULL,
    data_cadastro timestamp NOT NULL,
    data_exclusao timestamp,
    ativo smallint NOT NULL,
    hora_inicial time,
    hora_final time,
    hora_inicio_intervalo time,
    hora_fim_intervalo time,
    tipo_boletim integer,
    ano integer,
    visivel boolean,
    tipo_atendimento smallint,
    cod_curso_profissional integer,
    etapa_educacenso smallint,
    FOREIGN KEY (ref_ref_cod_escola, ref_ref_cod_serie) REFERENCES escola_serie (ref_cod_escola, ref_cod_serie),
    FOREIGN KEY (ref_cod_regente, ref_cod_instituicao_regente) REFERENCES servidor (cod_servidor, ref_cod_instituicao)
);

CREATE TABLE aluno (
    cod_aluno serial PRIMARY KEY,
    ref_usuario_exc integer REFERENCES usuario (cod_usuario),
    ref_usuario_cad integer REFERENCES usuario (cod_usuario),
    ref_idpes integer REFERENCES fisica (idpes),
    ref_cod_religiao integer REFERENCES religiao (cod_religiao),
    data_cadastro timestamp NOT NULL,
    data_exclusao timestamp,
    ativo smallint NOT NULL,
    analfabeto smallint,
    nm_pai varchar(255),
    nm_mae varchar(255),
    tipo_responsavel char(1),
    aluno_estado_id varchar(25),
    justificativa_falta_documentacao smallint,
    url_laudo_medico text,
    codigo_sistema varchar(30),
    veiculo_transporte_escolar varchar(25),
    autorizado_um varchar(150),
    parentesco_um varchar(150),
    emancipado boolean,
    recebe_escolarizacao_em_outro_espaco smallint
);

CREATE TABLE abandono_tipo (
    cod_abandono_tipo serial PRIMARY KEY,
    ref_usuario_exc integer REFERENCES usuario (cod_usuario),
    ref_usuario_cad integer NOT NULL REFERENCES usuario (cod_usuario),
    nome varchar(255) NOT NULL,
    data_cadastro timestamp NOT NULL,
    data_exclusao timestamp,
    ativo smallint NOT NULL,
    ref_cod_instituicao integer NOT NULL REFERENCES instituicao (cod_instituicao)
);

CREATE TABLE matricula (
    cod_matricula serial PRIMARY KEY,
    ref_ref_cod_escola integer,
    ref_ref_cod_serie integer,
    ref_usuario_exc integer REFERENCES usuario (cod_usuario),
    ref_usuario_cad integer NOT NULL REFERENCES usuario (cod_usuario),
    ref_cod_aluno integer NOT NULL REFERENCES aluno (cod_aluno),
    ref_cod_curso integer REFERENCES curso (cod_curso),
    ref_cod_abandono_tipo integer REFERENCES abandono_tipo (cod_abandono_tipo),
    aprovado smallint NOT NULL,
    data_cadastro timestamp NOT NULL,
    data_exclusao timestamp,
    ativo smallint NOT NULL,
    ano integer NOT NULL,
    ultima_matricula smallint NOT NULL,
    modulo smallint NOT NULL,
    descricao_reclassificacao text,
    formando smallint NOT NULL,
    matricula_reclassificacao smallint,
    matricula_transferencia boolean NOT NULL,
    semestre smallint,
    data_matricula timestamp,
    data_cancel timestamp,
    turno_pre_matricula smallint,
    dependencia boolean,
    observacoes text,
    FOREIGN KEY (ref_ref_cod_escola, ref_ref_cod_serie) REFERENCES escola_serie (ref_cod_escola, ref_cod_serie)
);

CREATE TABLE matricula_turma (
    ref_cod_matricula integer NOT NULL REFERENCES matricula (cod_matricula),
    ref_cod_turma integer NOT NULL REFERENCES turma (cod_turma),
    sequencial integer NOT NULL,
    ref_usuario_exc integer REFERENCES usuario (cod_usuario),
    ref_usuario_cad integer NOT NULL REFERENCES usuario (cod_usuario),
    turno_id integer REFERENCES turma_turno (id),
    data_cadastro timestamp NOT NULL,
    data_exclusao timestamp,
    ativo smallint NOT NULL,
    data_enturmacao date NOT NULL,
    sequencial_fechamento integer NOT NULL,
    transferido boolean,
    remanejado boolean,
    reclassificado boolean,
    abandono boolean,
    falecido boolean,
    PRIMARY KEY (ref_cod_matricula, ref_cod_turma, sequencial)
);

CREATE TABLE transferencia_tipo (
    cod_transferencia_tipo serial PRIMARY KEY,
    ref_usuario_exc integer REFERENCES usuario (cod_usuario),
    ref_usuario_cad integer NOT NULL REFERENCES usuario (cod_usuario),
    nm_tipo varchar(255) NOT NULL,
    desc_tipo text,
    data_cadastro timestamp NOT NULL,
    data_exclusao timestamp,
    ativo smallint NOT NULL,
    ref_cod_instituicao integer REFERENCES instituicao (cod_instituicao)
);

CREATE TABLE transferencia_solicitacao (
    cod_transferencia_solicitacao serial PRIMARY KEY,
    ref_cod_transferencia_tipo integer NOT NULL REFERENCES transferencia_tipo (cod_transferencia_tipo),
    ref_usuario_exc integer REFERENCES usuario (cod_usuario),
    ref_usuario_cad integer NOT NULL REFERENCES usuario (cod_usuario),
    ref_cod_matricula_entrada integer REFERENCES matricula (cod_matricula),
    ref_cod_matricula_saida integer NOT NULL REFERENCES matricula (cod_matricula),
    ref_cod_escola_destino integer REFERENCES escola (cod_escola),
    observacao text,
    data_cadastro timestamp NOT NULL,
    data_exclusao timestamp,
    ativo smallint NOT NULL,
    data_transferencia timestamp,
    escola_destino_externa varchar,
    estado_escola_destino_externa varchar,
    municipio_escola_destino_externa varchar
);

CREATE TABLE historico_escolar (
    ref_cod_aluno integer NOT NULL REFERENCES aluno (cod_aluno),
    sequencial integer NOT NULL,
    ref_usuario_exc integer REFERENCES usuario (cod_usuario),
    ref_usuario_cad integer NOT NULL REFERENCES usuario (cod_usuario),
    ref_cod_instituicao integer REFERENCES instituicao (cod_instituicao),
    ref_cod_matricula integer REFERENCES matricula (cod_matricula),
    ref_cod_escola integer REFERENCES escola (cod_escola),
    ano integer NOT NULL,
    carga_horaria float8,
    dias_letivos integer,
    escola varchar(255) NOT NULL,
    escola_cidade varchar(255) NOT NULL,
    escola_uf varchar(3),
    observacao text,
    aprovado smallint NOT NULL,
    data_cadastro timestamp NOT NULL,
    data_exclusao timestamp,
    ativo smallint NOT NULL,
    faltas_globalizadas integer,
    nm_serie varchar(255),
    origem smallint,
    extra_curricular smallint,
    import smallint,
    frequencia numeric(5,2),
    registro varchar(50),
    livro varchar(50),
    folha varchar(50),
    nm_curso varchar(255),
    PRIMARY KEY (ref_cod_aluno, sequencial)
);

CREATE TABLE historico_disciplinas (
    sequencial integer NOT NULL,
    ref_ref_cod_aluno integer NOT NULL,
    ref_sequencial integer NOT NULL,
    nm_disciplina text NOT NULL,
    nota varchar(255) NOT NULL,
    faltas integer,
    import smallint,
    ordenamento integer,
    carga_horaria_disciplina integer,
    dependencia boolean,
    PRIMARY KEY (sequencial, ref_ref_cod_aluno, ref_sequencial),
    FOREIGN KEY (ref_ref_cod_aluno, ref_sequencial) REFERENCES historico_escolar (ref_cod_aluno, sequencial)
);

CREATE TABLE area_conhecimento (
    id serial PRIMARY KEY,
    instituicao_id integer NOT NULL REFERENCES instituicao (cod_instituicao),
    nome varchar(200) NOT NULL,
    secao varchar(50),
    ordenamento_ac integer,
    agrupar_descritores boolean
);

CREATE TABLE componente_curricular (
    id serial PRIMARY KEY,
    instituicao_id integer NOT NULL REFERENCES instituicao (cod_instituicao),
    area_conhecimento_id integer NOT NULL REFERENCES area_conhecimento (id),
    nome varchar(500) NOT NULL,
    abreviatura varchar(25) NOT NULL,
    tipo_base smallint NOT NULL,
    codigo_educacenso smallint,
    ordenamento integer
);

CREATE TABLE componente_curricular_ano_escolar (
    componente_curricular_id integer NOT NULL REFERENCES componente_curricular (id),
    ano_escolar_id integer NOT NULL REFERENCES serie (cod_serie),
    carga_horaria numeric(7,3),
    tipo_nota integer,
    anos_letivos text,
    PRIMARY KEY (componente_curricular_id, ano_escolar_id)
);

CREATE TABLE nota_aluno (
    id serial PRIMARY KEY,
    matricula_id integer NOT NULL REFERENCES matricula (cod_matricula)
);

CREATE TABLE nota_componente_curricular (
    id serial PRIMARY KEY,
    nota_aluno_id integer NOT NULL REFERENCES nota_aluno (id),
    componente_curricular_id integer NOT NULL REFERENCES componente_curricular (id),
    nota numeric(8,4),
    nota_arredondada varchar(10),
    etapa varchar(2) NOT NULL,
    nota_recuperacao varchar(10),
    nota_original varchar(10),
    nota_recuperacao_especifica varchar(10)
);

CREATE TABLE falta_aluno (
    id serial PRIMARY KEY,
    matricula_id integer NOT NULL REFERENCES matricula (cod_matricula),
    tipo_falta smallint NOT NULL
);

CREATE TABLE falta_componente_curricular (
    id serial PRIMARY KEY,
    falta_aluno_id integer NOT NULL REFERENCES falta_aluno (id),
    componente_curricular_id integer NOT NULL REFERENCES componente_curricular (id),
    quantidade integer,
    etapa varchar(2) NOT NULL
);

CREATE TABLE falta_geral (
    id serial PRIMARY KEY,
    falta_aluno_id integer NOT NULL REFERENCES falta_aluno (id),
    quantidade integer,
    etapa varchar(2) NOT NULL
);

CREATE TABLE parecer_aluno (
    id serial PRIMARY KEY,
    matricula_id integer NOT NULL REFERENCES matricula (cod_matricula),
    parecer_descritivo smallint NOT NULL
);

CREATE TABLE parecer_geral (
    id serial PRIMARY KEY,
    parecer_aluno_id integer NOT NULL REFERENCES parecer_aluno (id),
    parecer text,
    etapa varchar(2) NOT NULL
);

CREATE TABLE professor_turma (
    id serial PRIMARY KEY,
    ano smallint NOT NULL,
    instituicao_id integer NOT NULL,
    turma_id integer NOT NULL REFERENCES turma (cod_turma),
    servidor_id integer NOT NULL,
    funcao_exercida smallint NOT NULL,
    tipo_vinculo smallint,
    permite_lancar_faltas_componente integer,
    turno_id integer REFERENCES turma_turno (id),
    updated_at timestamp,
    FOREIGN KEY (servidor_id, instituicao_id) REFERENCES servidor (cod_servidor, ref_cod_instituicao)
);

CREATE TABLE professor_turma_disciplina (
    professor_turma_id integer NOT NULL REFERENCES professor_turma (id),
    componente_curricular_id integer NOT NULL REFERENCES componente_curricular (id),
    PRIMARY KEY (professor_turma_id, componente_curricular_id)
);

CREATE TABLE educacenso_cod_escola (
    cod_escola integer NOT NULL REFERENCES escola (cod_escola),
    cod_escola_inep bigint NOT NULL,
    nome_inep varchar(255),
    fonte varchar(255),
    created_at timestamp NOT NULL,
    updated_at timestamp,
    PRIMARY KEY (cod_escola, cod_escola_inep)
);

CREATE TABLE educacenso_cod_aluno (
    cod_aluno integer NOT NULL REFERENCES aluno (cod_aluno),
    cod_aluno_inep bigint NOT NULL,
    nome_inep varchar(255),
    fonte varchar(255),
    created_at timestamp NOT NULL,
    updated_at timestamp,
    PRIMARY KEY (cod_aluno, cod_aluno_inep)
);
