#pragma once
/** @short The mailing-list headers: List-Unsubscribe (RFC 2369), List-Unsubscribe-Post
 *  (RFC 8058 one-click) and List-Id (RFC 2919).
 *
 * Pure functions over raw header values, thread-safe, bounded (kMaxListUris); never fail. Nothing
 * here fetches or follows a URI: they are data for the classifier and the sender evidence. */
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

namespace mailtide::mime {

inline constexpr int kMaxListUris = 16;

struct ListUri
{
    enum Kind { Https, Http, Mailto, Other };
    QString uri; ///< as written inside the angle brackets, white space removed
    Kind kind = Other;
};

struct ListId
{
    QString id;     ///< "list.example.com": the list-id inside the angle brackets
    QString phrase; ///< the description before it, RFC 2047 decoded, unquoted; may be ""
};

struct ListHeaders
{
    QList<ListUri> unsubscribe;   ///< List-Unsubscribe URIs in order (every scheme is kept)
    bool unsubscribePost = false; ///< List-Unsubscribe-Post is exactly "List-Unsubscribe=One-Click"
    std::optional<ListId> id;

    bool hasUnsubscribe() const { return !unsubscribe.isEmpty(); }
    /** RFC 8058 section 3.1: one-click needs the Post header and an HTTPS URI to post to. */
    bool oneClick() const;
};

/** RFC 2369 section 2: a comma-separated list of "<" URI ">", comments and white space allowed;
 *  text after a bracket is ignored. Quirk: a value without any angle bracket is read as
 *  comma-separated bare URIs (some bulk senders write that). */
QList<ListUri> parseListUnsubscribe(QByteArrayView value);

/** RFC 8058 section 3.1: the value must be the single key/value pair "List-Unsubscribe=One-Click". */
bool isOneClickPost(QByteArrayView value);

/** RFC 2919 section 3: [phrase] "<" list-id ">". Quirk: a bare dot-atom without brackets is taken
 *  as the id. nullopt when no id can be read. */
std::optional<ListId> parseListId(QByteArrayView value);

} // namespace mailtide::mime
