#pragma once
// CleanupProfiles: named cleanup rules the user saved from the wizard's rules
// page, plus the rule used last (the wizard starts from it). Stored in the
// application's settings file under "cleanup/", in readable text: durations
// as "7d", the basis, unit and action by name, patterns as lists, so a
// profile can be read and edited by hand.
//
// A rule's roots and protections are not part of a profile: a profile is
// applied to whichever root the wizard is opened on.
//
// Every value read is bounded and checked (locations/SettingsValues.h): at
// most MaxProfiles profiles are read, whatever the array's "size" says, and a
// profile with a bad field is reported once and dropped, so the next save
// writes only good ones.
//
// Shared by the cleanup wizard and tempscope-cli schedule (which turns a
// profile into a scheduled clean). One thread at a time: it uses the
// caller's QSettings, which it does not own.

#include "core/cleanup/CleanupRule.h"

#include <QStringList>

#include <optional>

class QSettings;

namespace tempscope {

class CleanupProfiles
{
public:
    static constexpr int MaxProfiles = 200;

    explicit CleanupProfiles(QSettings &settings);

    // Profile names, sorted for people (case-insensitively).
    QStringList names() const;
    bool contains(const QString &name) const;
    std::optional<CleanupRule> load(const QString &name) const;
    // Adds the profile or replaces the one of that name. Empty names are refused.
    bool save(const QString &name, const CleanupRule &rule);
    bool remove(const QString &name);

    // The rule of the last cleanup the wizard ran, or nullopt.
    std::optional<CleanupRule> lastUsed() const;
    void setLastUsed(const CleanupRule &rule);

private:
    struct Stored
    {
        QString name;
        CleanupRule rule;
    };
    QList<Stored> readAll() const;
    void writeAll(const QList<Stored> &profiles);

    QSettings &m_settings;
};

} // namespace tempscope
