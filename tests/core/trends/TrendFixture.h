#pragma once
// A real SQLite profile in a temporary directory, filled through the Store API with messages
// whose received time, verdict and subject the test chooses (no mocks of the store).
#include "store/Store.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace mailtide::testing {

class TrendFixture
{
public:
    TrendFixture()
    {
        auto st = store::Store::open(m_dir.filePath(QStringLiteral("trends.db")));
        if (!st)
            qFatal("cannot open the store: %s", qPrintable(st.error().toString()));
        m_store = std::move(st.value());
    }

    store::Store &store() { return *m_store; }
    store::Database &db() { return m_store->db(); }
    QString path() const { return m_dir.filePath(QStringLiteral("trends.db")); }

    qint64 folder(const QString &account, const QString &folder)
    {
        auto a = m_store->ensureLocalAccount(account, QStringLiteral("/fixture"));
        auto f = a ? m_store->ensureFolder(a.value(), folder) : Result<qint64>(a.error());
        if (!f)
            qFatal("cannot create the folder: %s", qPrintable(f.error().toString()));
        m_accountOf[f.value()] = a.value();
        return f.value();
    }

    /** receivedUtc as "2024-03-31T01:30:00Z"; verdict -1: not classified. dateUtc: the
     *  sender's Date header (0: none). */
    void add(qint64 folderId, const QString &receivedIso, int verdict, const QString &subject = QString(),
             qint64 dateUtc = 0)
    {
        add(folderId, utc(receivedIso), verdict, subject, dateUtc);
    }
    void add(qint64 folderId, qint64 receivedUtc, int verdict, const QString &subject = QString(), qint64 dateUtc = 0)
    {
        store::NewMessage m;
        m.accountId = m_accountOf.value(folderId);
        m.folderId = folderId;
        m.localKey = QStringLiteral("sha256:%1").arg(++m_n);
        m.messageId = QStringLiteral("m%1@fixture.test").arg(m_n);
        m.receivedUtc = receivedUtc;
        m.receivedSource = store::ReceivedSource::Received;
        if (dateUtc != 0)
            m.dateUtc = dateUtc;
        m.subject = subject;
        m.size = 1000;
        if (verdict >= 0)
            m.verdict = verdict;
        m_batch.push_back(m);
    }

    /** Writes the added messages in one transaction. */
    void commit()
    {
        store::Transaction tx(db());
        QVERIFY(tx.begun());
        auto ins = m_store->inserter();
        QVERIFY(ins);
        for (const auto &m : m_batch) {
            auto r = ins->insert(m);
            QVERIFY2(r && r.value(), r ? "duplicate" : qPrintable(r.error().toString()));
        }
        QVERIFY(tx.commit());
        m_batch.clear();
    }

    static qint64 utc(const QString &iso)
    {
        const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
        if (!t.isValid())
            qFatal("bad fixture time %s", qPrintable(iso));
        return t.toSecsSinceEpoch();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    QHash<qint64, qint64> m_accountOf;
    QVector<store::NewMessage> m_batch;
    int m_n = 0;
};

} // namespace mailtide::testing
