#pragma once
// The trash of the freedesktop.org Trash specification 1.0, for items below
// one cleanup root (see ../shared/SAFETY.md rule 13). POSIX only: on Windows
// the recycle bin is the shell's business (not implemented here).
//
// Which trash (the specification's "Trash directories"):
// - the home trash, $XDG_DATA_HOME/Trash, or $HOME/.local/share/Trash when
//   XDG_DATA_HOME is unset, empty or relative (the XDG base directory
//   specification ignores relative values; a relative or missing HOME gives no
//   home trash at all, never the current directory), when it is on the same
//   mount as the root: missing directories on the way are created 0700;
// - otherwise the trash of the root's mount ($topdir, found by descriptor,
//   climbing ".." from the root): $topdir/.Trash/$uid when $topdir/.Trash is a
//   directory, not a link, with the sticky bit; else $topdir/.Trash-$uid.
// Every trash directory, and its files/ and info/, is opened O_NOFOLLOW and
// must be a directory owned by the user: the trash directory with mode 0700,
// files/ and info/ writable by the user alone (all created 0700 when
// missing); nothing found is ever chmod'ed or chown'ed to make it fit. The
// data home itself must be the user's (or root's) and not writable by others.
// Not written: the optional directorysizes cache of the specification.
//
// Refused, with the reason: no valid trash; a trash inside the root being
// cleaned (a root that is its own file system would put its trash in itself:
// the bytes would not leave the root); a trash on another mount than the root
// (rename cannot cross it, and copying is not trashing).
//
// The move itself is RemovalRoot::moveToTrash (Remover.h), which renames from
// the verified parent descriptor into filesFd() after writing the .trashinfo
// with O_EXCL into infoFd().
//
// Threading: a TrashDir is immutable after locate(); one thread at a time may
// move items into it (names are reserved with O_EXCL, so two runs at once are
// safe too).

#include "core/native/FileTypes.h"

#include <cstdint>
#include <memory>
#include <string>

namespace tempscope::native {

// Where the user's trash is looked for; fromProcess() reads the environment.
struct TrashEnvironment
{
    NativeString dataHome; // $XDG_DATA_HOME as set (ignored unless absolute)
    NativeString home;     // $HOME, else the password database's entry (ignored unless absolute)
    std::uint32_t uid = 0; // whose trash
    bool create = true;    // false: a dry run's check, which creates nothing

    // XDG_DATA_HOME, HOME (or the password database), the effective uid.
    static TrashEnvironment fromProcess();
};

class TrashDir
{
public:
    enum class Kind : std::uint8_t {
        Home,         // $XDG_DATA_HOME/Trash
        SharedTopdir, // $topdir/.Trash/$uid
        UserTopdir,   // $topdir/.Trash-$uid
    };

    // The trash for items below the root at `rootPath` whose device+inode are
    // `rootId`; nullptr with the reason (English, one line) in *whyNot when
    // there is no safe one. With env.create false, missing directories count as
    // creatable and the result has no descriptors (canMove() is false).
    static std::unique_ptr<TrashDir> locate(NativeStringView rootPath, FileId rootId,
                                            const TrashEnvironment &env, std::string *whyNot);
    ~TrashDir();
    TrashDir(const TrashDir &) = delete;
    TrashDir &operator=(const TrashDir &) = delete;

    Kind kind() const { return m_kind; }
    const NativeString &path() const { return m_path; } // the trash directory ($trash)
    FileId rootId() const { return m_rootId; }          // the root it was located for
    std::uint64_t device() const { return m_device; }
    bool canMove() const { return m_files >= 0 && m_info >= 0; }
    int filesFd() const { return m_files; }
    int infoFd() const { return m_info; }
    // Path= of the .trashinfo for an item at `relativePath` below the root:
    // absolute for the home trash, relative to $topdir otherwise (as the
    // specification asks), percent-encoded.
    std::string infoPath(NativeStringView relativePath) const;

private:
    TrashDir() = default;
    Kind m_kind = Kind::Home;
    NativeString m_path;
    NativeString
        m_rootBase; // the root: absolute (home trash) or from $topdir ("" when it is $topdir)
    FileId m_rootId;
    std::uint64_t m_device = 0;
    int m_files = -1;
    int m_info = -1;
};

// Puts an entry that moveToTrash moved back where it was: `trashedAs`
// ($trash/files/NAME, as RemovalOutcome::trashedAs says) is renamed to
// `originalPath` without replacing anything there, and $trash/info/
// NAME.trashinfo is removed. Every directory on both paths is opened without
// following a link, and the .trashinfo must name originalPath. False with
// the reason (English, one line) in *why. POSIX only.
bool restoreFromTrash(NativeStringView trashedAs, NativeStringView originalPath, std::string *why);

// The .trashinfo text: "[Trash Info]", Path= (already encoded), DeletionDate=
// in local time (YYYY-MM-DDThh:mm:ss), for `when` in seconds since the epoch.
std::string trashInfoText(const std::string &encodedPath, std::int64_t when);
// RFC 2396 escaping as the specification asks: every byte except unreserved
// characters and '/' as %XX (so names that are not UTF-8 survive).
std::string percentEncode(NativeStringView bytes);

} // namespace tempscope::native
