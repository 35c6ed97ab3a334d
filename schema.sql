-- schema.sql: the one source of abidb's schema, embedded in the binary at build time.
--
-- The file is a list of steps.  A line "-- step N" starts step N; on open, abidb
-- runs every step above the database's PRAGMA user_version, each in its own
-- transaction, and then sets user_version to N.  Never edit a released step:
-- add a new one.
--
-- The model: a record is what is known of one (release, machine type); its
-- facts are (path, value) pairs.  Facts are stored in groups (one device, one
-- ACPI scope, one vmstate section), each distinct group content once
-- ("grp", content-addressed by the sha256 of its facts); a record lists the
-- groups it has ("record_grp").  Neighbouring machine types and releases share
-- almost every group, so a record costs a few hundred small rows, and two
-- records are compared group by group, descending only where digests differ.

-- step 1
CREATE TABLE release (
	id INTEGER PRIMARY KEY,
	version TEXT NOT NULL,			-- as QEMU reports it: '7.2.22'
	major INTEGER NOT NULL,
	minor INTEGER NOT NULL,
	micro INTEGER NOT NULL,
	extra TEXT NOT NULL DEFAULT '',		-- anything after major.minor.micro ('-rc1')
	stream TEXT NOT NULL,			-- 'upstream', 'debian', or a downstream name
	package TEXT NOT NULL DEFAULT '',	-- query-version's package string
	UNIQUE (version, stream)
);

CREATE TABLE machine (
	id INTEGER PRIMARY KEY,
	name TEXT NOT NULL,			-- 'pc-q35-6.2'
	arch TEXT NOT NULL,			-- query-target: 'x86_64'
	family TEXT NOT NULL,			-- 'pc-q35'; the whole name when unversioned ('microvm')
	family_version TEXT NOT NULL DEFAULT '',	-- '6.2', '4.0.1'; '' when unversioned
	vmajor INTEGER,
	vminor INTEGER,
	vmicro INTEGER,
	UNIQUE (arch, name)
);

-- A record: one (release, machine type).  alias, is_default and deprecated are
-- what query-machines said in that release (the 'q35' alias moves with releases).
CREATE TABLE record (
	id INTEGER PRIMARY KEY,
	release_id INTEGER NOT NULL REFERENCES release(id),
	machine_id INTEGER NOT NULL REFERENCES machine(id),
	alias TEXT,
	is_default INTEGER NOT NULL DEFAULT 0,
	deprecated INTEGER NOT NULL DEFAULT 0,
	digest TEXT NOT NULL DEFAULT '',	-- sha256 over its section digests
	nfacts INTEGER NOT NULL DEFAULT 0,
	UNIQUE (release_id, machine_id)
);
CREATE INDEX record_machine ON record (machine_id);

-- Raw inputs, zlib-compressed, content-addressed: facts can be rebuilt from
-- them when a decoder improves (abidb reindex).
CREATE TABLE blob (
	id INTEGER PRIMARY KEY,
	sha256 TEXT NOT NULL UNIQUE,		-- of the uncompressed bytes
	size INTEGER NOT NULL,			-- uncompressed
	data BLOB NOT NULL
);

-- A dump: one source of a record (host QOM walk, QMP replies, vmstate,
-- migration description, guest view).  A record has at most one of each kind.
CREATE TABLE dump (
	id INTEGER PRIMARY KEY,
	record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
	kind TEXT NOT NULL CHECK (kind IN ('qom', 'qmp', 'vmstate', 'vmdesc', 'guest')),
	blob_id INTEGER NOT NULL REFERENCES blob(id),
	input_sha256 TEXT NOT NULL,		-- of the input bytes as given (compressed if it was)
	source TEXT NOT NULL,			-- the input as named on import
	imported_at TEXT NOT NULL,		-- UTC, ISO 8601
	imported_by TEXT NOT NULL,		-- user, or upload token name
	collector TEXT NOT NULL DEFAULT '',	-- abidb-dump collector name/version, if any
	decoder_version INTEGER NOT NULL,
	UNIQUE (record_id, kind)
);
CREATE INDEX dump_blob ON dump (blob_id);

-- Sections: the first component of every fact path, the dump kind that feeds
-- it, and the view it belongs to.
CREATE TABLE section (
	id INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE,
	kind TEXT NOT NULL,
	view TEXT NOT NULL CHECK (view IN ('guest', 'migration', 'properties'))
);
INSERT INTO section (id, name, kind, view) VALUES
	(1, 'acpi', 'guest', 'guest'),
	(2, 'pci', 'guest', 'guest'),
	(3, 'smbios', 'guest', 'guest'),
	(4, 'cpu', 'guest', 'guest'),
	(5, 'memmap', 'guest', 'guest'),
	(6, 'fw_cfg', 'guest', 'guest'),
	(7, 'vmstate', 'vmstate', 'migration'),
	(8, 'migration', 'vmdesc', 'migration'),
	(9, 'qom', 'qom', 'properties'),
	(10, 'machine', 'qmp', 'properties'),
	(11, 'hostpci', 'qmp', 'properties');

-- Interned strings: fact paths (and group keys) and values.
CREATE TABLE path (
	id INTEGER PRIMARY KEY,
	text TEXT NOT NULL UNIQUE
);
CREATE TABLE value (
	id INTEGER PRIMARY KEY,
	text TEXT NOT NULL UNIQUE
);

-- One distinct group content, shared by every record that has it.
CREATE TABLE grp (
	id INTEGER PRIMARY KEY,
	digest TEXT NOT NULL UNIQUE,		-- sha256 over its sorted (path, value) list
	nfacts INTEGER NOT NULL
);
CREATE TABLE grp_fact (
	grp_id INTEGER NOT NULL REFERENCES grp(id),
	path_id INTEGER NOT NULL REFERENCES path(id),
	value_id INTEGER NOT NULL REFERENCES value(id),
	PRIMARY KEY (grp_id, path_id)
) WITHOUT ROWID;

-- Which group content a record has under each group key.
CREATE TABLE record_grp (
	record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
	section_id INTEGER NOT NULL REFERENCES section(id),
	key_id INTEGER NOT NULL REFERENCES path(id),
	grp_id INTEGER NOT NULL REFERENCES grp(id),
	PRIMARY KEY (record_id, section_id, key_id)
) WITHOUT ROWID;
CREATE INDEX record_grp_grp ON record_grp (grp_id);

-- Per-record section digests: equal digests mean equal facts, so a diff
-- skips the section without reading it.
CREATE TABLE record_section (
	record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
	section_id INTEGER NOT NULL REFERENCES section(id),
	digest TEXT NOT NULL,
	nfacts INTEGER NOT NULL,
	PRIMARY KEY (record_id, section_id)
) WITHOUT ROWID;

-- Waivers: accepted, explained differences (abidb waive).
CREATE TABLE waiver (
	id INTEGER PRIMARY KEY,
	machine_glob TEXT NOT NULL,
	path_glob TEXT NOT NULL,
	release_from TEXT NOT NULL DEFAULT '',	-- '' = unbounded
	release_to TEXT NOT NULL DEFAULT '',
	reason TEXT NOT NULL,
	created_at TEXT NOT NULL
);

-- Known-issue notes shown beside matching differences (abidb note).
CREATE TABLE note (
	id INTEGER PRIMARY KEY,
	machine_glob TEXT NOT NULL,
	path_glob TEXT NOT NULL,
	release_from TEXT NOT NULL DEFAULT '',
	release_to TEXT NOT NULL DEFAULT '',
	text TEXT NOT NULL,
	link TEXT NOT NULL DEFAULT ''
);

-- Upload tokens: only the SHA-256 of a token is kept.
CREATE TABLE token (
	id INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE,
	sha256 TEXT NOT NULL UNIQUE,
	created_at TEXT NOT NULL,
	revoked_at TEXT
);

-- step 2
-- A generation number that moves whenever what queries answer may change
-- (records, waivers, notes), from any process: the server keys its response
-- cache on it.
CREATE TABLE meta (
	key TEXT PRIMARY KEY,
	value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('generation', 0);
CREATE TRIGGER record_ins AFTER INSERT ON record BEGIN UPDATE meta SET value = value + 1 WHERE key = 'generation'; END;
CREATE TRIGGER record_upd AFTER UPDATE ON record BEGIN UPDATE meta SET value = value + 1 WHERE key = 'generation'; END;
CREATE TRIGGER record_del AFTER DELETE ON record BEGIN UPDATE meta SET value = value + 1 WHERE key = 'generation'; END;
CREATE TRIGGER waiver_ins AFTER INSERT ON waiver BEGIN UPDATE meta SET value = value + 1 WHERE key = 'generation'; END;
CREATE TRIGGER waiver_upd AFTER UPDATE ON waiver BEGIN UPDATE meta SET value = value + 1 WHERE key = 'generation'; END;
CREATE TRIGGER waiver_del AFTER DELETE ON waiver BEGIN UPDATE meta SET value = value + 1 WHERE key = 'generation'; END;
CREATE TRIGGER note_ins AFTER INSERT ON note BEGIN UPDATE meta SET value = value + 1 WHERE key = 'generation'; END;
CREATE TRIGGER note_upd AFTER UPDATE ON note BEGIN UPDATE meta SET value = value + 1 WHERE key = 'generation'; END;
CREATE TRIGGER note_del AFTER DELETE ON note BEGIN UPDATE meta SET value = value + 1 WHERE key = 'generation'; END;

-- step 3
-- The device tree a machine builds (arm/riscv virt, pseries, e500): dump kind
-- 'dtb' feeds section 'dtb' of the guest view.  SQLite cannot change a CHECK
-- constraint in place: the dump table is rebuilt with the new list.
CREATE TABLE dump_new (
	id INTEGER PRIMARY KEY,
	record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
	kind TEXT NOT NULL CHECK (kind IN ('qom', 'qmp', 'vmstate', 'vmdesc', 'guest', 'dtb')),
	blob_id INTEGER NOT NULL REFERENCES blob(id),
	input_sha256 TEXT NOT NULL,
	source TEXT NOT NULL,
	imported_at TEXT NOT NULL,
	imported_by TEXT NOT NULL,
	collector TEXT NOT NULL DEFAULT '',
	decoder_version INTEGER NOT NULL,
	UNIQUE (record_id, kind)
);
INSERT INTO dump_new SELECT id, record_id, kind, blob_id, input_sha256, source, imported_at, imported_by,
	collector, decoder_version FROM dump;
DROP TABLE dump;
ALTER TABLE dump_new RENAME TO dump;
CREATE INDEX dump_blob ON dump (blob_id);
INSERT INTO section (id, name, kind, view) VALUES (12, 'dtb', 'dtb', 'guest');
