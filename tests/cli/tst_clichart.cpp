// `mailtide-cli chart` and `report` as a cron job runs them: the real binary, with no display
// (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM unset), on a profile written through the Store
// API. The CSV written beside each chart equals what `mailtide-cli stats` prints for the same
// filters (two commands, one set of numbers).
#include "CliRun.h"
#include "../core/trends/TrendFixture.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>
#include <QXmlStreamReader>

using mailtide::testing::TrendFixture;

namespace {
using Run = mailtide::testing::CliRun;

/** Headless, as from cron: no display and no platform chosen. */
Run cli(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    return mailtide::testing::runCli(args, 120000, {}, env);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestCliChart : public QObject
{
    Q_OBJECT
private:
    TrendFixture m_fx;
    QTemporaryDir m_out;
    QStringList filters() const
    {
        return {QStringLiteral("--tz"), QStringLiteral("Europe/Paris"), QStringLiteral("--from"), QStringLiteral("2024-01-01"),
                QStringLiteral("--to"), QStringLiteral("2024-06-30")};
    }
    QStringList chartArgs(const QString &kind, const QString &file, const QStringList &more = {}) const
    {
        return QStringList{QStringLiteral("--db"), m_fx.path(), QStringLiteral("chart"), QStringLiteral("--chart"), kind,
                           QStringLiteral("--out"), m_out.filePath(file)}
               + filters() + more;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_out.isValid());
        const qint64 inbox = m_fx.folder(QStringLiteral("work"), QStringLiteral("INBOX"));
        // Half a year of mail, more spam on weekdays, at every hour.
        const QDate first(2024, 1, 1);
        int n = 0;
        for (QDate d = first; d <= QDate(2024, 6, 30); d = d.addDays(1))
            for (int i = 0; i < (d.dayOfWeek() <= 5 ? 6 : 2); ++i, ++n)
                m_fx.add(inbox, QDateTime(d, QTime((n * 7) % 24, 5), QTimeZone::utc()).toSecsSinceEpoch(), n % 3 == 0 ? 0 : 1);
        m_fx.commit();
    }

    void chartsWithoutADisplay_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QStringList>("statsBy");
        QTest::newRow("weekday png") << QStringLiteral("weekday") << QStringLiteral("weekday.png") << QStringList{}
                                     << QStringList{QStringLiteral("--by"), QStringLiteral("weekday")};
        QTest::newRow("heatmap svg") << QStringLiteral("heatmap") << QStringLiteral("heatmap.svg") << QStringList{}
                                     << QStringList{QStringLiteral("--by"), QStringLiteral("weekday-hour")};
        QTest::newRow("timeline pdf") << QStringLiteral("timeline") << QStringLiteral("timeline.pdf")
                                      << QStringList{QStringLiteral("--by"), QStringLiteral("week")}
                                      << QStringList{QStringLiteral("--by"), QStringLiteral("week")};
        QTest::newRow("season png dark") << QStringLiteral("season") << QStringLiteral("season.png")
                                         << QStringList{QStringLiteral("--dark")}
                                         << QStringList{QStringLiteral("--by"), QStringLiteral("season")};
    }
    void chartsWithoutADisplay()
    {
        QFETCH(QString, kind);
        QFETCH(QString, file);
        QFETCH(QStringList, extra);
        QFETCH(QStringList, statsBy);
        const Run r = cli(chartArgs(kind, file, extra));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString path = m_out.filePath(file);
        const QByteArray bytes = readAll(path);
        QVERIFY(!bytes.isEmpty());
        if (file.endsWith(QLatin1String(".png"))) {
            QImage image(path);
            QCOMPARE(image.size(), QSize(2200, 1300));
        } else if (file.endsWith(QLatin1String(".svg"))) {
            QXmlStreamReader xml(bytes);
            int rects = 0;
            while (!xml.atEnd())
                if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("rect"))
                    ++rects;
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY(rects >= 7 * 24);
        } else {
            QVERIFY(bytes.startsWith("%PDF"));
        }
        // The CSV beside it: what `stats` prints for the same filters.
        const QString csv = m_out.filePath(file.section(QLatin1Char('.'), 0, 0) + QStringLiteral(".csv"));
        const Run stats = cli(QStringList{QStringLiteral("--db"), m_fx.path(), QStringLiteral("stats")} + statsBy + filters());
        QCOMPARE(stats.code, 0);
        QCOMPARE(QString::fromUtf8(readAll(csv)), stats.out);
    }

    void reportWithoutADisplay()
    {
        const QString path = m_out.filePath(QStringLiteral("report.pdf"));
        const Run r = cli(QStringList{QStringLiteral("--db"), m_fx.path(), QStringLiteral("report"), QStringLiteral("--out"), path}
                          + filters());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(readAll(path).startsWith("%PDF"));
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdftoppm.isEmpty())
            QSKIP("pdftoppm not installed");
        QCOMPARE(QProcess::execute(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("20"), path,
                                              m_out.filePath(QStringLiteral("report"))}),
                 0);
        QVERIFY(QFile::exists(m_out.filePath(QStringLiteral("report-5.png"))));
        QVERIFY(!QFile::exists(m_out.filePath(QStringLiteral("report-6.png"))));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("needle");
        const QString db = m_fx.path();
        QTest::newRow("no chart") << QStringList{QStringLiteral("--db"), db, QStringLiteral("chart"), QStringLiteral("--out"), QStringLiteral("x.png")}
                                  << 2 << QStringLiteral("--chart");
        QTest::newRow("unknown chart") << QStringList{QStringLiteral("--db"), db, QStringLiteral("chart"), QStringLiteral("--chart"),
                                                      QStringLiteral("pie"), QStringLiteral("--out"), QStringLiteral("x.png")}
                                       << 2 << QStringLiteral("pie");
        QTest::newRow("no out") << QStringList{QStringLiteral("--db"), db, QStringLiteral("chart"), QStringLiteral("--chart"), QStringLiteral("weekday")}
                                << 2 << QStringLiteral("--out");
        QTest::newRow("gif") << QStringList{QStringLiteral("--db"), db, QStringLiteral("chart"), QStringLiteral("--chart"),
                                            QStringLiteral("weekday"), QStringLiteral("--out"), QStringLiteral("x.gif")}
                             << 2 << QStringLiteral("x.gif");
        QTest::newRow("bad by") << QStringList{QStringLiteral("--db"), db, QStringLiteral("chart"), QStringLiteral("--chart"),
                                               QStringLiteral("timeline"), QStringLiteral("--by"), QStringLiteral("year"),
                                               QStringLiteral("--out"), QStringLiteral("x.png")}
                                << 2 << QStringLiteral("year");
        QTest::newRow("by on weekday") << QStringList{QStringLiteral("--db"), db, QStringLiteral("chart"), QStringLiteral("--chart"),
                                                      QStringLiteral("weekday"), QStringLiteral("--by"), QStringLiteral("week"),
                                                      QStringLiteral("--out"), QStringLiteral("x.png")}
                                       << 2 << QStringLiteral("--by applies to the timeline chart only");
        QTest::newRow("isoweek on heatmap") << QStringList{QStringLiteral("--db"), db, QStringLiteral("chart"), QStringLiteral("--chart"),
                                                           QStringLiteral("heatmap"), QStringLiteral("--isoweek"),
                                                           QStringLiteral("--out"), QStringLiteral("x.png")}
                                            << 2 << QStringLiteral("--isoweek applies to the season chart only");
        QTest::newRow("bad tz") << QStringList{QStringLiteral("--db"), db, QStringLiteral("chart"), QStringLiteral("--chart"),
                                               QStringLiteral("weekday"), QStringLiteral("--tz"), QStringLiteral("Mars/Olympus"),
                                               QStringLiteral("--out"), QStringLiteral("x.png")}
                                << 2 << QStringLiteral("Mars/Olympus");
        QTest::newRow("unwritable") << QStringList{QStringLiteral("--db"), db, QStringLiteral("chart"), QStringLiteral("--chart"),
                                                   QStringLiteral("weekday"), QStringLiteral("--out"),
                                                   QStringLiteral("/nonexistent-folder/x.png")}
                                    << 1 << QStringLiteral("/nonexistent-folder/x.png");
        QTest::newRow("no db") << QStringList{QStringLiteral("--db"), m_out.filePath(QStringLiteral("none.db")), QStringLiteral("chart"),
                                              QStringLiteral("--chart"), QStringLiteral("weekday"), QStringLiteral("--out"),
                                              m_out.filePath(QStringLiteral("y.png"))}
                               << 1 << QStringLiteral("none.db");
        QTest::newRow("report png") << QStringList{QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--out"),
                                                   QStringLiteral("r.png")}
                                    << 2 << QStringLiteral("r.png");
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, needle);
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(needle), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
        QVERIFY(r.out.isEmpty());
    }

    void otherCommandsNeedNoGui()
    {
        // list runs on a QCoreApplication even with a platform that cannot start.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
        const Run r = mailtide::testing::runCli({QStringLiteral("--db"), m_fx.path(), QStringLiteral("list")}, 60000, {}, env);
        QCOMPARE(r.code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliChart)
#include "tst_clichart.moc"
