#pragma once
/** @short Plain values that cross module and thread boundaries: what the store holds. */
#include <QMetaType>
#include <QString>
#include <QVector>

#include <optional>

namespace mailtide::store {

/** Where a message's received time came from, best first. Trends trust the first two. */
enum class ReceivedSource { InternalDate, Received, Date, File };
QString toString(ReceivedSource s);
std::optional<ReceivedSource> receivedSourceFromString(const QString &s);

/** IMAP system flags (RFC 3501 2.3.2), and Maildir's "P" as Forwarded. */
enum MessageFlag : int {
    FlagSeen = 1,
    FlagAnswered = 2,
    FlagFlagged = 4,
    FlagDeleted = 8,
    FlagDraft = 16,
    FlagForwarded = 32,
};

enum class Verdict : int { Ham = 0, Spam = 1, Unsure = 2 };

struct AccountInfo
{
    qint64 id = 0;
    QString name;
    QString kind; ///< "local" or "imap"
    bool readOnly = false;
    QString source;
    qint64 messageCount = 0;
    // IMAP accounts: where, who, and whether a command gives the secret (else the keyring).
    QString host;
    int port = 0;
    QString user;
    bool hasSecretCommand = false;
};

struct FolderInfo
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString name; ///< '/'-separated path
    QString specialUse;
    qint64 messageCount = 0;
    qint64 spamCount = 0;
};

/** An IMAP account's settings as stored: how to reach it and how to get its secret, never the
 *  secret. */
struct ImapAccount
{
    qint64 id = 0;
    QString name;
    QString host;
    int port = 0;
    QString tls = QStringLiteral("implicit"); ///< implicit | starttls | none
    QString user;
    QString passwordCommand; ///< empty: the system keyring
    QString oauth2Command;   ///< prints an XOAUTH2 bearer token; empty: password login
    QString caFile;
    QString pinnedKey;       ///< "sha256//<base64>" of a server key the user trusted
    qint64 fetchBytes = 65536;
};

/** What a sync remembers of a server folder between runs (RFC 3501 2.3.1.1, RFC 7162). */
struct FolderSyncState
{
    std::optional<qint64> uidValidity;
    std::optional<qint64> uidNext;
    std::optional<qint64> highestModSeq;
};

/** Where a stored IMAP message is: for moving it on the server. */
struct MessageLocation
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 folderId = 0;
    QString folderServerName;
    std::optional<qint64> uid;
};

/** An IMAP folder as stored, with the name the server knows it by. */
struct ImapFolder
{
    qint64 id = 0;
    QString name;
    QString serverName;
    QString specialUse;
};

/** One message's sender evidence as stored (table message_evidence; senders/Evidence.h makes
 *  it, store/SenderReader.h reads it back for the reports). */
struct EvidenceRow
{
    QString originIp;
    QString originNet;   ///< "192.0.2.0/24", "2001:db8:1::/48"
    QString originRdns;
    std::optional<QString> topAuthservId; ///< the top-most Authentication-Results' id; unset: none
    std::optional<QString> authservId; ///< the id whose results spf..arc are; unset: none was trusted
    QString spf, dkim, dmarc, arc; ///< lower-case results; "" when none
    QString dkimDomain;
    qint64 flags = 0;    ///< bit per senders::EvidenceId
    qint64 fingerprint = 0; ///< subject/body fingerprint (senders::fingerprint); 0: none
    int hops = 0;
    QString items;       ///< JSON [{id, weight, text}], strongest first
};

/** One message's metadata as written by an import or a sync. */
struct NewMessage
{
    qint64 accountId = 0;
    qint64 folderId = 0;
    std::optional<qint64> uid;
    QString localKey;
    QString messageId;
    qint64 receivedUtc = 0;
    int receivedOffset = 0;
    ReceivedSource receivedSource = ReceivedSource::File;
    std::optional<qint64> dateUtc;
    std::optional<int> dateOffset;
    QString fromAddr;
    QString fromName;
    QString fromDomain;
    QString replyTo;
    QString returnPath;
    QString subject;
    qint64 size = 0;
    int flags = 0;
    QString originIp;
    QString listId;             ///< List-Id (RFC 2919); "" when none
    int unsubscribe = 0;        ///< 0 no List-Unsubscribe, 1 one, 2 RFC 8058 one-click
    std::optional<int> verdict; ///< a store::Verdict, when classified on arrival
    std::optional<double> score;
    QString reasons;            ///< JSON array of {text, weight}, strongest first
    QString sourcePath;
    std::optional<qint64> sourceOffset;
    std::optional<qint64> sourceLength;
    std::optional<EvidenceRow> evidence; ///< written beside the message when set (new rows only)
};

/** What the message list shows: one row, small. */
struct MessageRow
{
    qint64 id = 0;
    qint64 folderId = 0;
    qint64 receivedUtc = 0;
    int receivedOffset = 0;
    QString fromName;
    QString fromAddr;
    QString subject;
    qint64 size = 0;
    int flags = 0;
    int verdict = -1; ///< -1: not classified yet; else a Verdict
    double score = 0;
};
using MessageRows = QVector<MessageRow>;

/** Everything the detail pane needs to find and explain one message. */
struct MessageDetail
{
    MessageRow row;
    QString accountName;
    QString folderName;
    QString messageId;
    QString receivedSource;
    std::optional<qint64> dateUtc;
    QString replyTo;
    QString returnPath;
    QString reasons;
    QString sourcePath;
    std::optional<qint64> sourceOffset;
    std::optional<qint64> sourceLength;
};

/** Which messages a list shows. Zero ids mean "all". */
struct MessageFilter
{
    qint64 accountId = 0;
    qint64 folderId = 0;
    qint64 afterId = 0; ///< only rows with id > afterId (incremental loads)
};

enum class MessageSort { Received, From, Subject, Size, Verdict };

} // namespace mailtide::store

Q_DECLARE_METATYPE(mailtide::store::MessageRows)
Q_DECLARE_METATYPE(mailtide::store::MessageDetail)
