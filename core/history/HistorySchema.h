#pragma once
// The history database's schema, version by version. PRAGMA user_version
// holds the version, PRAGMA application_id marks the file as Tempscope's.
// migrate() brings a database from one version to a later one, step by step,
// inside the caller's transaction; a step is never changed once released
// (a new version adds a step instead).
//
//  1  snapshots, roots, families, root_samples, family_samples
//  2  snapshots.resolution (0 full detail, 1 daily) for retention

#include <QString>

class QSqlDatabase;

namespace tempscope::history_schema {

inline constexpr int CurrentVersion = 2;
inline constexpr qint32 ApplicationId = 0x54736850; // "TshP"

// Applies the steps after `from` up to and including `to`, then sets
// user_version and application_id. False with the reason in *error.
bool migrate(QSqlDatabase &db, int from, int to, QString *error);

} // namespace tempscope::history_schema
