#include "core/cleanup/CleanupProfiles.h"

#include "core/inventory/Duration.h"
#include "core/locations/SettingsValues.h"

#include <QCollator>
#include <QSettings>

#include <algorithm>

namespace tempscope {

namespace {

const QString ProfilesKey = QStringLiteral("cleanup/profiles");
const QString LastUsedGroup = QStringLiteral("cleanup/lastUsed");

// The fields of one rule, written into the current group or array element.
void writeRule(QSettings &s, const CleanupRule &rule)
{
    s.setValue(QStringLiteral("olderThan"), formatDuration(rule.olderThan));
    s.setValue(QStringLiteral("basis"), ageBasisName(rule.basis));
    s.setValue(QStringLiteral("includes"), rule.includes);
    s.setValue(QStringLiteral("excludes"), rule.excludes);
    s.setValue(QStringLiteral("unit"), cleanupUnitName(rule.unit));
    s.setValue(QStringLiteral("action"), cleanupActionName(rule.action));
    s.setValue(QStringLiteral("includeOthers"), rule.includeOthers);
}

// A rule from the current group or array element. A field that is absent
// takes its default; a field that is present but unreadable (a hand edit gone
// wrong, a corrupt file) is reported and the whole rule is refused.
std::optional<CleanupRule> readRule(const QSettings &s)
{
    using namespace settings;
    CleanupRule rule;
    bool bad = false;
    const auto choice = [&](const QString &key, const QStringList &names) -> int {
        if (!s.contains(key))
            return 0;
        const auto t = text(s, key, 32);
        const qsizetype i = t ? names.indexOf(*t) : -1;
        if (i < 0) {
            if (t)
                reportBad(s, key,
                          QStringLiteral("\"%1\" is not one of %2").arg(*t, names.join(u", ")));
            bad = true;
            return 0;
        }
        return int(i);
    };
    rule.olderThan = std::chrono::hours(24 * 7);
    if (s.contains(QStringLiteral("olderThan"))) {
        const auto t = text(s, QStringLiteral("olderThan"), 32);
        const auto d = t ? parseDuration(*t) : std::nullopt;
        if (d)
            rule.olderThan = *d;
        else if (t)
            reportBad(s, QStringLiteral("olderThan"),
                      QStringLiteral("\"%1\" is not a duration").arg(*t));
        bad = bad || !d;
    }
    rule.basis = AgeBasis(choice(QStringLiteral("basis"),
                                 {ageBasisName(AgeBasis::Newest), ageBasisName(AgeBasis::Mtime),
                                  ageBasisName(AgeBasis::Atime), ageBasisName(AgeBasis::Ctime)}));
    for (const auto &[key, list] : {std::pair{QStringLiteral("includes"), &rule.includes},
                                    std::pair{QStringLiteral("excludes"), &rule.excludes}}) {
        if (!s.contains(key))
            continue;
        const auto patterns = textList(s, key, MaxListItems, MaxPathLength);
        bad = bad || !patterns;
        *list = patterns.value_or(QStringList());
        list->removeAll(QString());
    }
    rule.unit = choice(QStringLiteral("unit"), {cleanupUnitName(CleanupUnit::Item),
                                                cleanupUnitName(CleanupUnit::PerFile)}) == 1
                    ? CleanupUnit::PerFile
                    : CleanupUnit::Item;
    rule.action = choice(QStringLiteral("action"), {cleanupActionName(CleanupAction::Delete),
                                                    cleanupActionName(CleanupAction::Trash)}) == 1
                      ? CleanupAction::Trash
                      : CleanupAction::Delete;
    if (s.contains(QStringLiteral("includeOthers"))) {
        const auto others = boolean(s, QStringLiteral("includeOthers"));
        bad = bad || !others;
        rule.includeOthers = others.value_or(false);
    }
    if (bad)
        return std::nullopt;
    return rule;
}

} // namespace

CleanupProfiles::CleanupProfiles(QSettings &settings) : m_settings(settings) {}

QList<CleanupProfiles::Stored> CleanupProfiles::readAll() const
{
    // The elements that are there, never a loop to the array's "size": a
    // corrupt size (2147483647) must not freeze the wizard.
    QList<Stored> out;
    m_settings.beginGroup(ProfilesKey);
    if (m_settings.contains(QStringLiteral("size")))
        settings::integer(m_settings, QStringLiteral("size"), 0, MaxProfiles); // reports a bad one
    QList<int> indices;
    for (const QString &g : m_settings.childGroups()) {
        bool ok = false;
        const int i = g.toInt(&ok);
        if (ok && i >= 1 && i <= MaxProfiles && g == QString::number(i))
            indices.append(i);
        else
            settings::reportBad(
                m_settings, g,
                QStringLiteral("not a profile number from 1 to %1").arg(MaxProfiles));
    }
    std::sort(indices.begin(), indices.end());
    for (int i : std::as_const(indices)) {
        m_settings.beginGroup(QString::number(i));
        const auto name =
            settings::text(m_settings, QStringLiteral("name"), settings::MaxNameLength);
        const auto rule = readRule(m_settings);
        const bool duplicate = name && std::any_of(out.cbegin(), out.cend(), [&](const Stored &p) {
                                   return p.name == *name;
                               });
        if (name && !name->trimmed().isEmpty() && rule && !duplicate)
            out.append({*name, *rule});
        else
            settings::reportBad(
                m_settings, QStringLiteral("name"),
                QStringLiteral("profile %1 is incomplete or repeated; dropped").arg(i));
        m_settings.endGroup();
    }
    m_settings.endGroup();
    return out;
}

void CleanupProfiles::writeAll(const QList<Stored> &profiles)
{
    m_settings.remove(ProfilesKey); // no stale elements past the new end
    m_settings.beginWriteArray(ProfilesKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), profiles[i].name);
        writeRule(m_settings, profiles[i].rule);
    }
    m_settings.endArray();
}

QStringList CleanupProfiles::names() const
{
    QStringList out;
    for (const Stored &p : readAll())
        out.append(p.name);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(out.begin(), out.end(), collator);
    return out;
}

bool CleanupProfiles::contains(const QString &name) const
{
    return load(name).has_value();
}

std::optional<CleanupRule> CleanupProfiles::load(const QString &name) const
{
    for (const Stored &p : readAll()) {
        if (p.name == name)
            return p.rule;
    }
    return std::nullopt;
}

bool CleanupProfiles::save(const QString &name, const CleanupRule &rule)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    CleanupRule stored = rule;
    stored.roots.clear();
    QList<Stored> all = readAll();
    const auto it =
        std::find_if(all.begin(), all.end(), [&](const Stored &p) { return p.name == trimmed; });
    if (it != all.end())
        it->rule = stored;
    else
        all.append({trimmed, stored});
    writeAll(all);
    return true;
}

bool CleanupProfiles::remove(const QString &name)
{
    QList<Stored> all = readAll();
    const qsizetype removed = all.removeIf([&](const Stored &p) { return p.name == name; });
    if (removed == 0)
        return false;
    writeAll(all);
    return true;
}

std::optional<CleanupRule> CleanupProfiles::lastUsed() const
{
    m_settings.beginGroup(LastUsedGroup);
    const bool present = m_settings.contains(QStringLiteral("olderThan"));
    const std::optional<CleanupRule> rule = present ? readRule(m_settings) : std::nullopt;
    m_settings.endGroup();
    return rule;
}

void CleanupProfiles::setLastUsed(const CleanupRule &rule)
{
    m_settings.beginGroup(LastUsedGroup);
    writeRule(m_settings, rule);
    m_settings.endGroup();
}

} // namespace tempscope
