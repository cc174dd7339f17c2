#pragma once
/** @short What every throw-away test server (Dovecot, Postfix, lighttpd) needs to start: its
 *  binary, which Debian keeps in /usr/sbin (outside a normal user's PATH), and a free port. */
#include "util/Result.h"

#include <QString>

namespace mailtide::test {

/** The executable on PATH, else in /usr/sbin, /usr/local/sbin or /sbin; "" when not installed. */
QString findTool(const QString &name);

/** A port free on 127.0.0.1 now, found by binding port 0. Another process may take it before
 *  the server binds it: callers retry on a bind failure. */
Result<quint16> freePort();

} // namespace mailtide::test
