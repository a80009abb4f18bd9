// The teams file: what is saved comes back, what is broken or hostile is refused or capped,
// and a write that fails half-way (a full disk) leaves the previous file as it was.

#include "team/teamstore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

namespace {

TeamList sampleTeams()
{
    TeamMember pikachu;
    pikachu.set.slug = QStringLiteral("pikachu");
    pikachu.set.species = QStringLiteral("Pikachu");
    pikachu.set.nickname = QStringLiteral("Sparky");
    pikachu.set.gender = QStringLiteral("F");
    pikachu.set.item = QStringLiteral("Light Ball");
    pikachu.set.ability = QStringLiteral("Static");
    pikachu.set.level = 50;
    pikachu.set.shiny = true;
    pikachu.set.teraType = QStringLiteral("Water");
    pikachu.set.nature = QStringLiteral("Timid");
    pikachu.set.evs = { -1, -1, -1, 252, 4, 252 };
    pikachu.set.ivs = { 31, 0, 31, 31, 31, 31 };
    pikachu.set.moves = { QStringLiteral("Thunderbolt"), QStringLiteral("Surf") };
    pikachu.types = { QStringLiteral("electric") };
    pikachu.abilities = { QStringLiteral("static"), QStringLiteral("lightning-rod") };
    pikachu.moveTypes = { QStringLiteral("electric"), QStringLiteral("water") };
    TeamMember rotom;
    rotom.set.slug = QStringLiteral("rotom-wash");
    rotom.types = { QStringLiteral("electric"), QStringLiteral("water") };
    TeamList list;
    list.teams = { Team { QStringLiteral("Rain"), { pikachu, rotom } },
                   Team { QStringLiteral("Empty"), {} } };
    list.current = 1;
    return list;
}

// While alive, no file this process writes may grow past `bytes`: the next write fails with
// EFBIG, as on a full disk.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_oldHandler);
    }

private:
    rlimit m_saved {};
    void (*m_oldHandler)(int) = nullptr;
};

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestTeamStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savedTeamsComeBack();
    void anAbsentFileIsNoTeams();
    void aFailedWriteKeepsThePreviousFile();
    void aDirectoryThatCannotBeMadeFails();
    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
    void capsWhatItReads();
    void defaultPathIsInAppData();
};

void TestTeamStore::savedTeamsComeBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/teams.json"));
    QString error;
    QVERIFY2(TeamStore::save(sampleTeams(), path, &error), qPrintable(error));
    const auto loaded = TeamStore::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, sampleTeams());
}

void TestTeamStore::anAbsentFileIsNoTeams()
{
    QTemporaryDir dir;
    const auto loaded = TeamStore::load(dir.filePath(QStringLiteral("none.json")));
    QVERIFY(loaded);
    QVERIFY(loaded->teams.isEmpty());
}

void TestTeamStore::aFailedWriteKeepsThePreviousFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("teams.json"));
    TeamList small;
    small.teams = { Team { QStringLiteral("A"), {} } };
    QVERIFY(TeamStore::save(small, path));
    const QByteArray before = contents(path);

    TeamList big = sampleTeams();
    big.teams.first().name = QString(3000, u'x').left(200);
    {
        const FileSizeLimit limit(rlim_t(before.size() + 16));
        QString error;
        QVERIFY(!TeamStore::save(big, path, &error));
        QVERIFY(!error.isEmpty());
    }
    QCOMPARE(contents(path), before);
    QCOMPARE(*TeamStore::load(path), small);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList { QStringLiteral("teams.json") }); // no leftovers

    QVERIFY(TeamStore::save(big, path)); // and with room again it writes
    QVERIFY(contents(path) != before);
}

void TestTeamStore::aDirectoryThatCannotBeMadeFails()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString error;
    QVERIFY(
        !TeamStore::save(sampleTeams(), dir.filePath(QStringLiteral("file/teams.json")), &error));
    QVERIFY(!error.isEmpty());
}

void TestTeamStore::refusesBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("truncated") << TeamJson::toJson(sampleTeams()).left(100);
    QTest::addRow("array") << QByteArray("[]");
    QTest::addRow("no version") << QByteArray("{\"teams\": []}");
    QTest::addRow("future version") << QByteArray("{\"version\": 2, \"teams\": []}");
}

void TestTeamStore::refusesBrokenFiles()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!TeamJson::fromJson(json, &error));
    QVERIFY(!error.isEmpty());
}

void TestTeamStore::capsWhatItReads()
{
    QByteArray members;
    for (int i = 0; i < 20; ++i)
        members += QByteArray(i ? "," : "")
            + QByteArray("{\"slug\": \"mew\", \"types\": [\"psychic\", 7, \"a\", \"b\"], "
                         "\"gender\": \"X\", \"level\": 900, \"evs\": [1, 2, 3], "
                         "\"ivs\": [99,0,0,0,0,0]}");
    const QByteArray json = QByteArray("{\"version\": 1, \"current\": 9, \"teams\": [{\"name\": \"")
        + QByteArray(5000, 'n') + QByteArray("\", \"members\": [{\"nickname\": \"no slug\"},")
        + members + QByteArray("]}]}");
    const auto list = TeamJson::fromJson(json);
    QVERIFY(list);
    QCOMPARE(list->teams.size(), 1);
    QCOMPARE(list->current, 0);
    const Team &team = list->teams.first();
    QVERIFY(team.name.size() <= 200);
    QCOMPARE(team.members.size(), Team::MaxMembers);
    const TeamMember &mew = team.members.first();
    QCOMPARE(mew.types, (QStringList { QStringLiteral("psychic"), QStringLiteral("a") }));
    QVERIFY(mew.set.gender.isEmpty());
    QCOMPARE(mew.set.level, 0);
    QVERIFY(mew.set.evs.isEmpty());
    QCOMPARE(mew.set.ivs, (QList<int> { -1, 0, 0, 0, 0, 0 }));
}

void TestTeamStore::defaultPathIsInAppData()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(TeamStore::defaultPath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(TeamStore::defaultPath().endsWith(QLatin1String("/teams.json")));
}

QTEST_GUILESS_MAIN(TestTeamStore)
#include "tst_teamstore.moc"
