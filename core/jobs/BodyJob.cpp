#include "jobs/BodyJob.h"

#include "imap/Account.h"
#include "imap/Session.h"
#include "store/Store.h"

namespace mailtide::jobs {

BodyJob::BodyJob(QString dbPath, QString account, QByteArray password, qint64 messageId, QObject *parent)
    : QObject(parent), m_dbPath(std::move(dbPath)), m_account(std::move(account)), m_password(std::move(password)),
      m_id(messageId)
{
}

BodyJob::~BodyJob()
{
    m_password.fill('\0');
}

void BodyJob::run()
{
    const auto fail = [this](const Error &e) { Q_EMIT failed(m_id, e.toString()); };
    auto st = store::Store::open(m_dbPath);
    if (!st)
        return fail(st.error());
    auto account = st.value()->imapAccount(m_account);
    if (!account)
        return fail(account.error());
    auto where = st.value()->locations({m_id});
    if (!where)
        return fail(where.error());
    if (where->isEmpty() || !where->first().uid)
        return fail({tr("This message is no longer where it was; sync the account"), m_account});
    const store::MessageLocation loc = where->first();
    st.value().reset(); // no database needed from here on

    auto endpoint = imap::endpointFor(account.value(), m_password);
    if (!endpoint)
        return fail(endpoint.error());
    imap::Connection c;
    Status opened = c.open(endpoint.value());
    endpoint->password.fill('\0');
    if (!opened)
        return fail(opened.error());
    imap::Session s(c);
    if (auto ex = s.examine(loc.folderServerName.toUtf8(), false); !ex)
        return fail(ex.error());
    QByteArray bytes;
    bool found = false;
    Status read = s.uidFetch(QByteArray::number(*loc.uid), "UID BODY.PEEK[]<0." + QByteArray::number(kMaxBytes) + '>',
                             [&](imap::Response &&r) -> Status {
                                 const imap::Value *uid = r.fetchItem("UID");
                                 const imap::Value *body = r.fetchItem("BODY[]<0>");
                                 if (uid && uid->isNumber() && qint64(uid->number) == *loc.uid && body) {
                                     bytes = body->bytes;
                                     found = true;
                                 }
                                 return {};
                             });
    if (!read)
        return fail(read.error());
    if (!found)
        return fail({tr("The server no longer has this message; sync the account"), m_account});
    Q_EMIT loaded(m_id, mime::readableText(bytes));
}

} // namespace mailtide::jobs
