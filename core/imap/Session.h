#pragma once
/** @short The IMAP commands a sync needs, over one Connection; and the pure helpers that read
 *  their answers (tested row by row).
 *
 * A Session does not own its Connection and lives on the same thread. It never sets \Seen: folders
 * are opened with EXAMINE (read-only, RFC 3501 6.3.2) and bodies read with BODY.PEEK. */
#include "imap/Connection.h"

#include <QHash>
#include <QSet>
#include <QVector>

namespace mailtide::imap {

/** CAPABILITY, RFC 3501 section 6.1.1 (names upper-cased). */
struct Capabilities
{
    QSet<QByteArray> names;
    bool has(const char *name) const { return names.contains(QByteArray(name)); }
};

/** One LIST answer (RFC 3501 7.2.2, special use RFC 6154). */
struct MailboxInfo
{
    QByteArray serverName; ///< as the server spells it (modified UTF-7 unless UTF8=ACCEPT)
    QString path;          ///< decoded, hierarchy delimiter shown as '/'
    QByteArrayList attributes;
    QString specialUse;    ///< \Junk, \Trash, \Sent, \Archive, \Drafts, or empty
    bool selectable = true;
};

/** What EXAMINE/SELECT tells about a folder (RFC 3501 6.3.1, RFC 7162 3.1.2). */
struct FolderStatus
{
    quint64 exists = 0;
    std::optional<quint64> uidValidity;
    std::optional<quint64> uidNext;
    std::optional<quint64> highestModSeq;
};

/** INTERNALDATE, RFC 3501 section 9 date-time: "17-Jul-1996 02:44:25 -0700". */
struct InternalDate
{
    qint64 utc = 0;
    int offset = 0; ///< seconds east of UTC
};
std::optional<InternalDate> parseInternalDate(QByteArrayView text);

/** FLAGS list -> store::MessageFlag bits (\Seen \Answered \Flagged \Deleted \Draft $Forwarded). */
int flagsFromList(const Value &list);

/** The special use a folder has: its RFC 6154 attribute, else a name providers commonly use
 *  ("Junk", "Spam", "[Gmail]/Spam", "Deleted Items"...). */
QString specialUseOf(const QByteArrayList &attributes, const QString &path);

/** Parses one "* LIST (attrs) delim name" response; nullopt when it is not one. */
std::optional<MailboxInfo> mailboxFromList(const Response &r);

class Session
{
public:
    explicit Session(Connection &c) : m_c(c) {}

    Result<Capabilities> capability();
    /** ENABLE (RFC 5161); the names the server enabled. */
    Result<QSet<QByteArray>> enable(const QByteArray &names);
    Result<QVector<MailboxInfo>> list();
    /** EXAMINE, with (CONDSTORE) when asked (RFC 7162 3.1.8). */
    Result<FolderStatus> examine(const QByteArray &serverName, bool condstore);
    /** SELECT: read-write, for moving messages out (never used to read them). */
    Result<FolderStatus> select(const QByteArray &serverName);
    /** Every UID in the selected folder, ascending. */
    Result<QVector<quint64>> uidSearchAll();
    /** UID SEARCH criteria (RFC 3501 6.4.4), e.g. "SINCE 1-Feb-2026": the UIDs, ascending. The
     *  criteria are sent as given: the caller builds them from trusted parts only. */
    Result<QVector<quint64>> uidSearch(const QByteArray &criteria);
    /** UID FETCH set (items) [modifiers]; each FETCH response goes to perMessage. */
    Status uidFetch(const QByteArray &set, const QByteArray &items, const Connection::UntaggedFn &perMessage,
                    const QByteArray &modifiers = {});
    /** UID FETCH of each set in turn, pipelined one command ahead: set i+1 is sent before set i's
     *  answer is read, so the server does not wait a round trip for us between them. Every FETCH
     *  response goes to perMessage (the caller tells the sets apart by UID); done(i) runs once set
     *  i's OK was read, in order. A refusal, a lost line or an error from either callback ends it;
     *  if a command was still in flight, the connection is closed (its answer would be read by no
     *  one, and the session is then in an unknown state). */
    Status uidFetchEach(const QList<QByteArray> &sets, const QByteArray &items, const Connection::UntaggedFn &perMessage,
                        const std::function<Status(qsizetype)> &done);

private:
    Result<FolderStatus> open(const char *verb, const QByteArray &serverName, bool condstore);
    Connection &m_c;
};

/** A compact UID set for a command ("1:3,5,9:12") from ascending UIDs. */
QByteArray compactSet(const QVector<quint64> &ascending);

} // namespace mailtide::imap
