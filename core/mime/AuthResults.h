#pragma once
/** @short Authentication-Results: what a receiving server concluded about SPF, DKIM, DMARC, ARC,
 *  iprev and SMTP AUTH (RFC 8601).
 *
 * header := authserv-id [ version ] ( ";" resinfo )+ / "none"; resinfo := method [ "/" version ]
 * "=" result [ reason=value ] *( ptype "." property "=" value ). Comments are skipped, quoted
 * strings unquoted. Real servers bend the grammar (Microsoft 365 omits the authserv-id and adds
 * "action=none"; Yahoo writes "pass(p=NONE)" without a space): tst_authresults.cpp has a row each.
 * Malformed input gives what could be read, never a failure.
 *
 * Pure function over bytes, thread-safe, bounded (kMaxAuthResultsBytes, kMaxAuthMethods). The
 * result says what some server claimed; whether that server is trusted is the caller's call. */
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace mailtide::mime {

inline constexpr qsizetype kMaxAuthResultsBytes = 16 * 1024;
inline constexpr int kMaxAuthMethods = 64;

struct AuthResult
{
    QString method; ///< lower-case: "spf", "dkim", "dmarc", "arc", "iprev", "auth", "compauth", ...
    QString result; ///< lower-case: "pass", "fail", "softfail", "neutral", "none", "temperror", ...
    QString reason; ///< reason= value, unquoted
    QList<QPair<QString, QString>> properties; ///< ("smtp.mailfrom", "a@b.example"), key lower-case

    /** The first value of a property ("header.d"), or "" when absent. */
    QString property(QStringView key) const;
};

struct AuthResults
{
    QString authservId;        ///< "mx.google.com"; "" when the server omitted it (Microsoft 365)
    QList<AuthResult> results; ///< in header order; empty for "none"

    /** The first result of a method ("dkim"), or nullptr. */
    const AuthResult *find(QStringView method) const;
};

/** Parses one Authentication-Results: header value (raw, folding allowed). */
AuthResults parseAuthResults(QByteArrayView value);

} // namespace mailtide::mime
