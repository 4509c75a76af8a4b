#include "CleanupProfiles.h"

#include "inventory/Duration.h"

#include <QCollator>
#include <QSettings>

#include <algorithm>

namespace tempscope::gui {

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

// Anything unreadable (a hand edit gone wrong) falls back to the default of that field.
CleanupRule readRule(const QSettings &s)
{
    CleanupRule rule;
    rule.olderThan = parseDuration(s.value(QStringLiteral("olderThan")).toString())
                         .value_or(std::chrono::hours(24 * 7));
    rule.basis = parseAgeBasis(s.value(QStringLiteral("basis")).toString()).value_or(AgeBasis::Newest);
    rule.includes = s.value(QStringLiteral("includes")).toStringList();
    rule.excludes = s.value(QStringLiteral("excludes")).toStringList();
    rule.includes.removeAll(QString());
    rule.excludes.removeAll(QString());
    rule.unit = s.value(QStringLiteral("unit")).toString() == cleanupUnitName(CleanupUnit::PerFile)
                    ? CleanupUnit::PerFile
                    : CleanupUnit::Item;
    rule.action = s.value(QStringLiteral("action")).toString() == cleanupActionName(CleanupAction::Trash)
                      ? CleanupAction::Trash
                      : CleanupAction::Delete;
    rule.includeOthers = s.value(QStringLiteral("includeOthers"), false).toBool();
    return rule;
}

} // namespace

CleanupProfiles::CleanupProfiles(QSettings &settings)
    : m_settings(settings)
{
}

QList<CleanupProfiles::Stored> CleanupProfiles::readAll() const
{
    QList<Stored> out;
    const int n = m_settings.beginReadArray(ProfilesKey);
    for (int i = 0; i < n; ++i) {
        m_settings.setArrayIndex(i);
        const QString name = m_settings.value(QStringLiteral("name")).toString();
        if (!name.isEmpty())
            out.append({name, readRule(m_settings)});
    }
    m_settings.endArray();
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
    const auto it = std::find_if(all.begin(), all.end(), [&](const Stored &p) { return p.name == trimmed; });
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
    const CleanupRule rule = readRule(m_settings);
    m_settings.endGroup();
    if (!present)
        return std::nullopt;
    return rule;
}

void CleanupProfiles::setLastUsed(const CleanupRule &rule)
{
    m_settings.beginGroup(LastUsedGroup);
    writeRule(m_settings, rule);
    m_settings.endGroup();
}

} // namespace tempscope::gui
