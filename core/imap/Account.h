#pragma once
/** @short From a stored IMAP account to a connection's Endpoint, with its secret fetched just in
 *  time: from the account's command (as mbsync's PassCmd), else from the caller (the GUI's keyring,
 *  the CLI's prompt). The secret is never stored. */
#include "imap/Connection.h"
#include "store/Types.h"

#include <functional>

namespace mailtide::imap {

using SecretFn = std::function<Result<QByteArray>(const store::ImapAccount &)>;

Result<Endpoint> endpointFor(const store::ImapAccount &account, const SecretFn &askPassword = {});
/** The same, with the password the GUI already holds (keyring or typed) for an account without a
 *  command; none is an error ("No password for this account"). */
Result<Endpoint> endpointFor(const store::ImapAccount &account, const QByteArray &password);

/** Trusting one certificate the user has seen: connects (no login), checks that the server shows
 *  the certificate with this SHA-256 fingerprint (colons and case ignored) and returns the pin of
 *  its key ("sha256//<base64>", what libcurl checks). */
Result<QString> pinForFingerprint(const store::ImapAccount &account, const QString &sha256Hex);

} // namespace mailtide::imap
