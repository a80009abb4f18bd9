#include "teamdock.h"

#include "api/pokemon.h"
#include "search/displaynames.h"
#include "team/showdownformat.h"
#include "team/teamcoverage.h"
#include "team/teamfile.h"
#include "team/teammodel.h"
#include "team/teamstore.h"
#include "teamdefensemodel.h"
#include "teamtextdialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QToolButton *button(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}
} // namespace

TeamDock::TeamDock(const QString &teamsPath, QWidget *parent)
    : QDockWidget(tr("Team"), parent)
    , m_team(new TeamModel(this))
    , m_defense(new TeamDefenseModel(m_team, this))
    , m_file(new TeamFile(teamsPath.isEmpty() ? TeamStore::defaultPath() : teamsPath, this))
    , m_picker(new QComboBox(this))
    , m_members(new QListView(this))
    , m_defenseView(new QTableView(this))
    , m_offense(new QLabel(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("teamDock"));
    setMinimumWidth(560); // six members and the counts fit side by side
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);

    auto *teams = new QHBoxLayout;
    m_picker->setObjectName(QStringLiteral("teamPicker"));
    teams->addWidget(m_picker, 1);
    QToolButton *newTeam = button(tr("New"), tr("A new, empty team"), body);
    QToolButton *rename = button(tr("Rename"), tr("Rename this team"), body);
    QToolButton *remove = button(tr("Delete"), tr("Delete this team"), body);
    for (QToolButton *b : { newTeam, rename, remove })
        teams->addWidget(b);
    layout->addLayout(teams);

    m_members->setObjectName(QStringLiteral("teamMembers"));
    m_members->setModel(m_team);
    m_members->setMaximumHeight(130);
    layout->addWidget(m_members);
    auto *memberButtons = new QHBoxLayout;
    QToolButton *up = button(tr("Up"), tr("Move the member up"), body);
    QToolButton *down = button(tr("Down"), tr("Move the member down"), body);
    QToolButton *drop = button(tr("Remove"), tr("Remove the member from the team"), body);
    QToolButton *compare = button(tr("Compare"), tr("Compare the team's Pokémon"), body);
    QToolButton *import = button(tr("Import…"), tr("Paste a Showdown team"), body);
    QToolButton *exporting = button(tr("Export…"), tr("The team as Showdown text"), body);
    for (QToolButton *b : { up, down, drop, compare })
        memberButtons->addWidget(b);
    memberButtons->addStretch(1);
    memberButtons->addWidget(import);
    memberButtons->addWidget(exporting);
    layout->addLayout(memberButtons);
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    layout->addWidget(m_note);

    layout->addWidget(new QLabel(tr("<b>Defence</b> — damage taken from each type:"), body));
    m_defenseView->setObjectName(QStringLiteral("teamDefense"));
    m_defenseView->setModel(m_defense);
    m_defenseView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_defenseView->setSelectionMode(QAbstractItemView::NoSelection);
    m_defenseView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_defenseView->horizontalHeader()->setStretchLastSection(true);
    m_defenseView->verticalHeader()->setDefaultSectionSize(22);
    layout->addWidget(m_defenseView, 1);
    layout->addWidget(new QLabel(tr("<b>Offence</b> — by the members' types and moves:"), body));
    m_offense->setObjectName(QStringLiteral("teamOffense"));
    m_offense->setWordWrap(true);
    m_offense->setTextFormat(Qt::RichText);
    layout->addWidget(m_offense);
    setWidget(body);

    connect(newTeam, &QToolButton::clicked, this, [this] {
        if (!m_team->addTeam(tr("Team %1").arg(m_team->teamNames().size() + 1)))
            note(tr("There are %1 teams already.").arg(TeamList::MaxTeams));
    });
    connect(rename, &QToolButton::clicked, this, [this] {
        // Window-modal, without a nested event loop.
        auto *dialog = new QInputDialog(this);
        dialog->setWindowTitle(tr("Rename Team"));
        dialog->setLabelText(tr("Name:"));
        dialog->setTextValue(m_picker->currentText());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
            m_team->renameTeam(m_team->currentTeam(), name.left(80));
        });
        dialog->open();
    });
    connect(remove, &QToolButton::clicked, this,
            [this] { m_team->removeTeam(m_team->currentTeam()); });
    connect(m_picker, &QComboBox::activated, m_team, &TeamModel::setCurrentTeam);
    connect(up, &QToolButton::clicked, this, [this] {
        const int row = currentRow();
        if (m_team->moveMember(row, -1))
            m_members->setCurrentIndex(m_team->index(row - 1));
    });
    connect(down, &QToolButton::clicked, this, [this] {
        const int row = currentRow();
        if (m_team->moveMember(row, +1))
            m_members->setCurrentIndex(m_team->index(row + 1));
    });
    connect(drop, &QToolButton::clicked, this, [this] {
        if (const int row = currentRow(); row >= 0)
            m_team->removeRow(row);
    });
    connect(compare, &QToolButton::clicked, this, [this] {
        QStringList slugs;
        for (const TeamMember &member : m_team->members())
            slugs.append(member.set.slug);
        Q_EMIT compareRequested(slugs);
    });
    connect(import, &QToolButton::clicked, this, &TeamDock::showImportDialog);
    connect(exporting, &QToolButton::clicked, this, &TeamDock::showExportDialog);

    connect(m_team, &TeamModel::teamsChanged, this, &TeamDock::updateTeams);
    connect(m_defense, &QAbstractItemModel::modelReset, this, &TeamDock::updateOffense);
    connect(m_team, &TeamModel::changed, this, [this] {
        if (m_loaded)
            m_file->save(m_team->teamList());
    });
    connect(m_file, &TeamFile::loaded, this, [this](const TeamList &list) {
        m_loaded = true;
        if (!list.teams.isEmpty())
            m_team->setTeamList(list);
    });
    connect(m_file, &TeamFile::failed, this, [this](const QString &error) {
        note(tr("The teams file could not be read or written: %1").arg(error));
    });
    updateTeams();
    updateOffense();
    m_file->load();
}

int TeamDock::currentRow() const
{
    return m_members->currentIndex().isValid() ? m_members->currentIndex().row() : -1;
}

void TeamDock::note(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void TeamDock::updateTeams()
{
    const QSignalBlocker blocker(m_picker);
    m_picker->clear();
    m_picker->addItems(m_team->teamNames());
    m_picker->setCurrentIndex(m_team->currentTeam());
}

void TeamDock::updateOffense()
{
    if (m_team->rowCount() == 0) {
        m_offense->setText(tr("Add Pokémon from the cards: right-click one, or select it and "
                              "press Ctrl+T."));
        return;
    }
    const TeamCoverage::Offensive offense = TeamCoverage::offensive(m_team->members());
    QStringList hit;
    for (const auto &[type, sources] : offense.superEffective)
        hit.append(DisplayNames::forType(type));
    QStringList missed;
    for (const QString &type : offense.uncovered)
        missed.append(DisplayNames::forType(type));
    QString text = tr("Super-effective against: %1.")
                       .arg(hit.isEmpty() ? tr("nothing") : hit.join(QStringLiteral(", ")));
    if (!missed.isEmpty())
        text += QStringLiteral("<br><span style='color:#c62828'><b>%1</b></span>")
                    .arg(tr("Nothing hits hard: %1.").arg(missed.join(QStringLiteral(", "))));
    m_offense->setText(text);
}

bool TeamDock::addPokemon(const Pokemon &pokemon)
{
    if (!pokemon.isValid())
        return false;
    if (m_team->isFull()) {
        note(tr("A team has at most %1 Pokémon; remove one first.").arg(Team::MaxMembers));
        return false;
    }
    TeamMember member;
    member.set.slug = pokemon.name;
    member.types = pokemon.types;
    for (const PokemonAbility &ability : pokemon.abilities)
        member.abilities.append(ability.name);
    note({});
    return m_team->addMember(member);
}

void TeamDock::learn(const Pokemon &pokemon)
{
    QStringList abilities;
    for (const PokemonAbility &ability : pokemon.abilities)
        abilities.append(ability.name);
    m_team->learn(pokemon.name, pokemon.types, abilities);
}

int TeamDock::importText(const QString &text)
{
    const ShowdownFormat::Result result = ShowdownFormat::parse(text);
    if (result.sets.isEmpty()) {
        note(tr("No Pokémon found in the text."));
        return 0;
    }
    QList<TeamMember> members;
    QStringList slugs;
    for (const ShowdownSet &set : result.sets) {
        if (members.size() == Team::MaxMembers)
            break;
        TeamMember member;
        member.set = set;
        members.append(member);
        slugs.append(set.slug);
    }
    m_team->setMembers(members);
    QString message;
    if (result.sets.size() > Team::MaxMembers)
        message = tr("Only the first %1 Pokémon were kept.").arg(Team::MaxMembers);
    if (!result.warnings.isEmpty())
        message += (message.isEmpty() ? QString() : QStringLiteral(" ")) + result.warnings.first();
    note(message);
    Q_EMIT searchRequested(slugs.join(QStringLiteral(", ")));
    return int(members.size());
}

QString TeamDock::exportText() const
{
    QList<ShowdownSet> sets;
    for (const TeamMember &member : m_team->members())
        sets.append(member.set);
    return ShowdownFormat::format(sets);
}

void TeamDock::showImportDialog()
{
    auto *dialog = new TeamTextDialog(TeamTextDialog::Mode::Import, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { importText(dialog->text()); });
    dialog->open();
}

void TeamDock::showExportDialog()
{
    auto *dialog = new TeamTextDialog(TeamTextDialog::Mode::Export, exportText(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
