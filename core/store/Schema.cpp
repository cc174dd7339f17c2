#include "store/Schema.h"

namespace mailtide::store {

namespace {

// Version 1: accounts, folders, messages, the classifier's tokens.
// Times are UTC seconds since the epoch; *_offset is the UTC offset (seconds) the time arrived
// with, so trends can be shown in the sender's or the user's zone. No message bodies are stored
// (privacy): local messages keep where their bytes are (source_*), IMAP ones their UID.
constexpr const char *kV1 = R"SQL(
CREATE TABLE accounts (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('local', 'imap')),
    read_only   INTEGER NOT NULL DEFAULT 0,
    source      TEXT,             -- local: the path first imported; imap: NULL
    host        TEXT,
    port        INTEGER,
    tls         TEXT,             -- implicit | starttls | none
    username    TEXT,             -- never a password: those live in the keyring
    created_utc INTEGER NOT NULL
);

CREATE TABLE folders (
    id             INTEGER PRIMARY KEY,
    account_id     INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name           TEXT NOT NULL,  -- full path, '/' separated, decoded to UTF-8
    special_use    TEXT,           -- \Junk, \Trash, \Sent, \Archive, \Drafts (RFC 6154)
    uidvalidity    INTEGER,
    uidnext        INTEGER,
    highestmodseq  INTEGER,
    UNIQUE (account_id, name)
);

CREATE TABLE messages (
    id               INTEGER PRIMARY KEY,
    account_id       INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    folder_id        INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
    uid              INTEGER,      -- IMAP UID
    local_key        TEXT,         -- local mail: 'sha256:<hex>' of the message bytes
    message_id       TEXT,
    received_utc     INTEGER NOT NULL,
    received_offset  INTEGER NOT NULL DEFAULT 0,
    received_source  TEXT NOT NULL CHECK (received_source IN ('internaldate', 'received', 'date', 'file')),
    date_utc         INTEGER,      -- the Date: header as written by the sender (may lie)
    date_offset      INTEGER,
    from_addr        TEXT,
    from_name        TEXT,
    from_domain      TEXT,         -- registrable domain (libpsl)
    reply_to         TEXT,
    return_path      TEXT,
    subject          TEXT,
    size             INTEGER NOT NULL,
    flags            INTEGER NOT NULL DEFAULT 0,
    verdict          INTEGER,      -- NULL: not classified; 0 ham, 1 spam, 2 unsure
    score            REAL,
    reasons          TEXT,         -- JSON array of plain-words reasons
    origin_ip        TEXT,
    source_path      TEXT,         -- local mail: the file holding the bytes
    source_offset    INTEGER,      -- ... at this offset (mbox) ...
    source_length    INTEGER       -- ... for this many bytes
);
CREATE UNIQUE INDEX messages_uid ON messages (folder_id, uid) WHERE uid IS NOT NULL;
CREATE UNIQUE INDEX messages_local_key ON messages (account_id, local_key) WHERE local_key IS NOT NULL;
CREATE INDEX messages_folder_time ON messages (folder_id, received_utc);
CREATE INDEX messages_time ON messages (received_utc);
CREATE INDEX messages_from_domain ON messages (from_domain);

-- The classifier's counts: token hash -> in how many spam / ham messages it appeared. Hashes
-- only: the table holds no readable text of anyone's mail.
CREATE TABLE tokens (
    token      INTEGER PRIMARY KEY,
    spam_count INTEGER NOT NULL DEFAULT 0,
    ham_count  INTEGER NOT NULL DEFAULT 0
);

-- Which messages taught the model what, so a correction can unlearn exactly what was learned.
-- message_key: 'sha256:<hex>' of the message bytes.
CREATE TABLE trained (
    message_key TEXT PRIMARY KEY,
    label       INTEGER NOT NULL CHECK (label IN (0, 1)),
    trained_utc INTEGER NOT NULL
) WITHOUT ROWID;

-- Totals and settings of the model: spam_messages, ham_messages, combiner weights (JSON).
CREATE TABLE classifier_state (
    key   TEXT PRIMARY KEY,
    value
) WITHOUT ROWID;
)SQL";

// Version 2: the classifier's linear model (classify/Linear.h): one weight per hashed token slot
// (the slot is the token hash's top bits: several tokens may share one), zero weights not
// stored; its bias and how many messages it learned live in classifier_state ('linear_bias',
// 'linear_messages'). Changed in the same transaction as the counts.
constexpr const char *kV2 = R"SQL(
CREATE TABLE linear_weights (
    slot   INTEGER PRIMARY KEY,
    weight REAL NOT NULL
);
)SQL";

// Version 3: IMAP accounts and folders. An account keeps how to get its secret (a command, as
// mbsync's PassCmd; or the system keyring, which needs no column), never the secret itself; the
// server key the user chose to trust (pinned_key, "sha256//<base64>"), and how many bytes of each
// message a sync reads. A folder keeps its name as the server spells it (modified UTF-7), and
// whether the user chose its special use (then a sync does not overwrite it). Messages are found by
// Message-ID within an account: that is how a sync sees the user move one to Junk or back.
constexpr const char *kV3 = R"SQL(
ALTER TABLE accounts ADD COLUMN password_command TEXT;
ALTER TABLE accounts ADD COLUMN oauth2_command TEXT;
ALTER TABLE accounts ADD COLUMN ca_file TEXT;
ALTER TABLE accounts ADD COLUMN pinned_key TEXT;
ALTER TABLE accounts ADD COLUMN fetch_bytes INTEGER NOT NULL DEFAULT 65536;
ALTER TABLE folders ADD COLUMN server_name TEXT;
ALTER TABLE folders ADD COLUMN special_use_by_user INTEGER NOT NULL DEFAULT 0;
CREATE INDEX messages_message_id ON messages (account_id, message_id);
)SQL";

// Version 4: the same messages table, its received_source CHECK written as comparisons. SQLite
// compiles `x IN ('a', 'b', 'c', 'd')` into a temporary b-tree that every INSERT opens and closes
// again: 6% of a sync's CPU, measured with perf. SQLite cannot change a CHECK in place, so the
// table is rebuilt (its documented procedure; no table references messages) and its indexes made
// again, in the migration's transaction.
constexpr const char *kV4 = R"SQL(
CREATE TABLE messages_v4 (
    id               INTEGER PRIMARY KEY,
    account_id       INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    folder_id        INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
    uid              INTEGER,
    local_key        TEXT,
    message_id       TEXT,
    received_utc     INTEGER NOT NULL,
    received_offset  INTEGER NOT NULL DEFAULT 0,
    received_source  TEXT NOT NULL CHECK (received_source = 'internaldate' OR received_source = 'received'
                                         OR received_source = 'date' OR received_source = 'file'),
    date_utc         INTEGER,
    date_offset      INTEGER,
    from_addr        TEXT,
    from_name        TEXT,
    from_domain      TEXT,
    reply_to         TEXT,
    return_path      TEXT,
    subject          TEXT,
    size             INTEGER NOT NULL,
    flags            INTEGER NOT NULL DEFAULT 0,
    verdict          INTEGER,
    score            REAL,
    reasons          TEXT,
    origin_ip        TEXT,
    source_path      TEXT,
    source_offset    INTEGER,
    source_length    INTEGER
);
INSERT INTO messages_v4 SELECT id, account_id, folder_id, uid, local_key, message_id, received_utc,
    received_offset, received_source, date_utc, date_offset, from_addr, from_name, from_domain, reply_to,
    return_path, subject, size, flags, verdict, score, reasons, origin_ip, source_path, source_offset,
    source_length FROM messages;
DROP TABLE messages;
ALTER TABLE messages_v4 RENAME TO messages;
CREATE UNIQUE INDEX messages_uid ON messages (folder_id, uid) WHERE uid IS NOT NULL;
CREATE UNIQUE INDEX messages_local_key ON messages (account_id, local_key) WHERE local_key IS NOT NULL;
CREATE INDEX messages_folder_time ON messages (folder_id, received_utc);
CREATE INDEX messages_time ON messages (received_utc);
CREATE INDEX messages_from_domain ON messages (from_domain);
CREATE INDEX messages_message_id ON messages (account_id, message_id);
)SQL";

// Version 5: the two time indexes of messages cover what trends read (store/TrendReader.h), so a
// chart reads the index alone, in time order, and never the table: on 1,000,000 messages a scan
// of messages_time reads in half the time of a table scan (tests/bench/bench_trends). They
// replace the narrower indexes of the same names (any query that used those still can: the
// leading columns are unchanged), so an INSERT still writes the same number of indexes, each entry a
// few bytes wider.
constexpr const char *kV5 = R"SQL(
DROP INDEX messages_time;
CREATE INDEX messages_time ON messages (received_utc, verdict, folder_id, account_id);
DROP INDEX messages_folder_time;
CREATE INDEX messages_folder_time ON messages (folder_id, received_utc, verdict, account_id);
)SQL";

// Version 6: unsubscribes (hygiene/Unsubscribe.h, store/UnsubscribeLog.h). One row per unsubscribe the
// user confirmed (or that was refused): who, how, where to, when, and what came of it. `sender` is
// the From address in lower case, matched against messages.from_addr to flag a sender that keeps
// mailing after it. No secret and no message body is stored.
constexpr const char *kV6 = R"SQL(
CREATE TABLE unsubscribes (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    sender      TEXT NOT NULL,
    list_id     TEXT,
    method      TEXT NOT NULL CHECK (method IN ('one-click', 'mailto', 'browser', 'refused')),
    target      TEXT NOT NULL,
    at_utc      INTEGER NOT NULL,
    result      TEXT NOT NULL CHECK (result IN ('done', 'failed', 'refused')),
    detail      TEXT
);
CREATE INDEX unsubscribes_sender ON unsubscribes (account_id, sender);
)SQL";

// Version 7: DNS block list answers (senders/Dnsbl.h), kept so they survive a restart and so a
// listing at the time a message arrived stays beside the listing now. `ip` is the address (or
// the domain, for a domain list) looked up; `list` the list's id ("spamhaus-zen", "zone:..."); `code`
// its answers ("127.0.0.2,127.0.0.4"), NULL when not listed; `reason` its TXT record. kind 'now':
// the latest check, one row per (ip, list), replaced; kind 'arrival': a check made when a
// message from that address arrived, one row per check (a message's listing at arrival is the
// row of its origin_ip checked nearest after its received_utc). Errors (timeouts, refused
// queries) are not stored.
constexpr const char *kV7 = R"SQL(
CREATE TABLE dnsbl_results (
    id          INTEGER PRIMARY KEY,
    ip          TEXT NOT NULL,
    list        TEXT NOT NULL,
    listed      INTEGER NOT NULL CHECK (listed = 0 OR listed = 1),
    code        TEXT,
    reason      TEXT,
    checked_utc INTEGER NOT NULL,
    expires_utc INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind = 'arrival' OR kind = 'now')
);
CREATE UNIQUE INDEX dnsbl_results_now ON dnsbl_results (ip, list) WHERE kind = 'now';
CREATE UNIQUE INDEX dnsbl_results_arrival ON dnsbl_results (ip, list, checked_utc) WHERE kind = 'arrival';
CREATE INDEX dnsbl_results_expires ON dnsbl_results (expires_utc);
)SQL";
// Version 8: inbox hygiene (hygiene/). Each message's List-Id and whether it offers an unsubscribe,
// for grouping by list; the action log (one row per bulk action, one per message it touched, with
// the UID it had and the UID it got, so an interrupted action resumes and an applied one can be
// undone); and the user's rules ("always move mail from X to Junk").
constexpr const char *kV8 = R"SQL(
ALTER TABLE messages ADD COLUMN list_id TEXT;
ALTER TABLE messages ADD COLUMN unsubscribe INTEGER NOT NULL DEFAULT 0;
CREATE INDEX messages_list_id ON messages (account_id, list_id) WHERE list_id IS NOT NULL;
CREATE TABLE hygiene_actions (
    id               INTEGER PRIMARY KEY,
    account_id       INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    created_utc      INTEGER NOT NULL,
    kind             TEXT NOT NULL,        -- junk | archive | trash | read | unread | move (an undo)
    description      TEXT NOT NULL DEFAULT '',
    source_folder_id INTEGER NOT NULL,
    source_validity  INTEGER NOT NULL,     -- the UIDVALIDITY the plan was made under
    dest_folder_id   INTEGER,
    dest_validity    INTEGER,              -- from COPYUID
    dest_uidnext     INTEGER,              -- UIDNEXT of the destination before the COPY in flight
    state            TEXT NOT NULL,        -- planned | running | interrupted | cancelled | done | refused
    undo_of          INTEGER,
    undone_by        INTEGER,
    rule_id          INTEGER,
    error            TEXT
);
CREATE TABLE hygiene_action_items (
    action_id   INTEGER NOT NULL REFERENCES hygiene_actions(id) ON DELETE CASCADE,
    uid         INTEGER NOT NULL,          -- in the source folder
    message_id  TEXT,
    batch       INTEGER NOT NULL,
    state       INTEGER NOT NULL DEFAULT 0, -- 0 pending, 1 sent, 2 copied, 3 done, 4 gone
    dest_uid    INTEGER,
    PRIMARY KEY (action_id, uid)
) WITHOUT ROWID;
CREATE TABLE hygiene_rules (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    match_kind  TEXT NOT NULL,             -- address | domain | list
    match_value TEXT NOT NULL,
    action      TEXT NOT NULL,             -- junk | archive | trash
    enabled     INTEGER NOT NULL DEFAULT 1,
    last_count  INTEGER NOT NULL DEFAULT 0,
    total_count INTEGER NOT NULL DEFAULT 0
);
)SQL";
// Version 9: sender evidence (senders/Evidence.h), one row per message that was parsed whole at
// import or sync (or re-scanned later), so the sender reports are SQL over indexed columns.
// Authentication results are kept with the authserv-id they came from: which id an account
// trusts is decided when reading (accounts.authserv_id when the user set it, else the id on top
// of most of the account's messages), so learning it later needs no re-scan. flags: one bit per
// evidence kind; items: the same evidence in plain words (JSON), for one message's reasons.
constexpr const char *kV9 = R"SQL(
CREATE TABLE message_evidence (
    message_id      INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
    origin_ip       TEXT,
    origin_net      TEXT,          -- /24 (IPv4) or /48 (IPv6)
    origin_rdns     TEXT,
    top_authserv_id TEXT,          -- NULL: no Authentication-Results header at all
    authserv_id     TEXT,          -- the id spf..arc came from
    spf             TEXT,
    dkim            TEXT,
    dmarc           TEXT,
    arc             TEXT,
    dkim_domain     TEXT,
    flags           INTEGER NOT NULL DEFAULT 0,
    fingerprint     INTEGER,
    hops            INTEGER NOT NULL DEFAULT 0,
    items           TEXT
);
CREATE INDEX message_evidence_net ON message_evidence (origin_net);
CREATE INDEX message_evidence_fingerprint ON message_evidence (fingerprint);
ALTER TABLE accounts ADD COLUMN authserv_id TEXT;
)SQL";

// Version 10: the business self-check's reports (selfcheck/SelfCheckHistory.h), one row per run,
// the report as its JSON, so a scheduled re-check can say what changed since the last run. The
// report holds only the user's own domain's public DNS and their server's answers: no secret.
constexpr const char *kV10 = R"SQL(
CREATE TABLE selfcheck_runs (
    id          INTEGER PRIMARY KEY,
    domain      TEXT NOT NULL,
    checked_utc INTEGER NOT NULL,
    worst       TEXT NOT NULL,
    report      TEXT NOT NULL
);
CREATE INDEX selfcheck_runs_domain ON selfcheck_runs (domain, checked_utc);
)SQL";

constexpr const char *const kMigrations[] = {kV1, kV2, kV3, kV4, kV5, kV6, kV7, kV8, kV9, kV10};

} // namespace

std::span<const char *const> migrations()
{
    return kMigrations;
}

} // namespace mailtide::store
