#pragma once
/** @short The SQL behind DNS block list answers (senders/Dnsbl.h): table dnsbl_results (schema
 *  version 6), so answers survive a restart and a listing at a message's arrival stays beside the
 *  listing now.
 *
 * Works on a Database owned by the caller, on the caller's thread (a worker's connection). Knows
 * nothing of DNS: rows in, rows out. */
#include "store/Database.h"

#include <QList>
#include <QString>

namespace mailtide::store {

/** Arrival: checked when a message from that address arrived (one row per check). Now: the
 *  latest check (one row per address and list, replaced). */
enum class DnsblKind { Arrival, Now };

struct DnsblRow
{
    QString ip;   ///< the address (or domain) looked up
    QString list; ///< the list's id
    bool listed = false;
    QString code;   ///< "127.0.0.2,127.0.0.4"; empty when not listed
    QString reason; ///< the list's TXT record, may be empty
    qint64 checkedUtc = 0;
    qint64 expiresUtc = 0;
    DnsblKind kind = DnsblKind::Now;
};

class DnsblTable
{
public:
    explicit DnsblTable(Database &db) : m_db(db) {}

    /** Writes rows in one transaction: a Now row replaces the previous one of its (ip, list); an
     *  Arrival row is added (the same (ip, list, checked_utc) twice is kept once). */
    Status record(const QList<DnsblRow> &rows);
    /** Rows still valid at nowUtc (expires_utc > nowUtc), the newest per (ip, list) first; at
     *  most `limit`. What a new cache starts from. */
    Result<QList<DnsblRow>> unexpired(qint64 nowUtc, int limit = 100000);
    /** Every row about one address (or domain), newest first, at most `limit`. */
    Result<QList<DnsblRow>> forIp(const QString &ip, int limit = 1000);

private:
    Database &m_db;
};

} // namespace mailtide::store
