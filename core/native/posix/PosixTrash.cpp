// TrashDir on POSIX: finds, creates where missing and validates the trash for
// a cleanup root by descriptor (Trash.h says which and why), and writes the
// text of .trashinfo files.

#include "core/native/Trash.h"
#include "core/native/posix/Fd.h"
#include "core/native/posix/Mounts.h"
#include "core/native/posix/PosixFs.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <optional>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace tempscope::native {

using posix::Fd;
using posix::Meta;

namespace {

constexpr int OpenDir = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
constexpr int MaxClimb = 4096; // directory levels; deeper counts as "cannot tell"

// A path for a message: control bytes as \xHH, so a hostile name cannot
// rewrite a terminal.
std::string shown(NativeStringView path)
{
    std::string s;
    for (const char c : path) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x20 || b == 0x7f) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02x", b);
            s += hex;
        } else {
            s += c;
        }
    }
    return s;
}

std::string join(NativeStringView dir, NativeStringView name)
{
    NativeString p(dir);
    if (p.empty() || p.back() != '/')
        p += '/';
    p += name;
    return p;
}

std::vector<NativeString> components(NativeStringView path)
{
    std::vector<NativeString> parts;
    while (!path.empty()) {
        const auto slash = path.find('/');
        if (slash != 0)
            parts.emplace_back(path.substr(0, slash));
        path.remove_prefix(slash == NativeStringView::npos ? path.size() : slash + 1);
    }
    return parts;
}

// Whether the directory open at `fd` is `ancestor` or lies below it, by
// climbing ".."; nullopt when that cannot be told.
std::optional<bool> atOrBelow(int fd, FileId ancestor)
{
    Fd cur(::fcntl(fd, F_DUPFD_CLOEXEC, 0));
    for (int level = 0; cur.valid() && level < MaxClimb; ++level) {
        Meta here, up;
        if (posix::statFd(cur.get(), here) != 0)
            return std::nullopt;
        if (here.id == ancestor)
            return true;
        Fd parent(::openat(cur.get(), "..", OpenDir));
        if (!parent.valid() || posix::statFd(parent.get(), up) != 0)
            return std::nullopt;
        if (up.id == here.id)
            return false; // the top of the tree
        cur = std::move(parent);
    }
    return std::nullopt;
}

// One directory of a trash: opened without following a link, created 0700
// when missing (env.create), and checked. `strict`: the trash directory itself
// (exactly 0700); otherwise files/ and info/ (no group or other write).
// An invalid `out` with an empty `why` means missing and not created.
bool openPart(int dirFd, const NativeString &name, const NativeString &fullPath, bool strict,
              const TrashEnvironment &env, Fd &out, std::string &why)
{
    out.reset(::openat(dirFd, name.c_str(), OpenDir));
    bool created = false;
    if (!out.valid() && errno == ENOENT) {
        if (!env.create)
            return true;
        if (::mkdirat(dirFd, name.c_str(), 0700) == 0)
            created = true;
        else if (errno != EEXIST) {
            why = shown(fullPath) + ": cannot create it: " + std::strerror(errno);
            return false;
        }
        out.reset(::openat(dirFd, name.c_str(), OpenDir));
    }
    if (!out.valid()) {
        const int err = errno;
        Meta what;
        if ((err == ELOOP || err == ENOTDIR) && posix::statAt(dirFd, name.c_str(), what) == 0)
            why = shown(fullPath) +
                  (what.kind == Kind::Symlink ? ": is a symbolic link" : ": is not a directory");
        else
            why = shown(fullPath) + ": " + std::strerror(err);
        return false;
    }
    Meta m;
    if (const int err = posix::statFd(out.get(), m)) {
        why = shown(fullPath) + ": " + std::strerror(err);
        return false;
    }
    if (m.uid != env.uid) {
        why = shown(fullPath) + ": owned by uid " + std::to_string(m.uid) + ", not by uid " +
              std::to_string(env.uid);
        return false;
    }
    // Ours and just made: a umask may have taken bits we need; nobody else
    // can have swapped it (the owner check above).
    if (created && (m.mode & 07777) != 0700 && ::fchmod(out.get(), 0700) == 0)
        m.mode = (m.mode & ~07777u) | 0700;
    const bool modeOk =
        strict ? (m.mode & 0777) == 0700 : (m.mode & 0700) == 0700 && !(m.mode & 022);
    if (!modeOk) {
        char mode[16];
        std::snprintf(mode, sizeof mode, "%04o", m.mode & 07777);
        why = shown(fullPath) + ": has mode " + mode +
              (strict ? ", not 0700" : ", not writable by its owner alone");
        return false;
    }
    return true;
}

// $trash/files and $trash/info, below an opened (or, in a dry run, missing) $trash.
bool openFilesAndInfo(int trashFd, const NativeString &trashPath, const TrashEnvironment &env,
                      Fd &files, Fd &info, std::string &why)
{
    if (trashFd < 0)
        return true; // a dry run: all of it would be created
    return openPart(trashFd, "files", join(trashPath, "files"), false, env, files, why) &&
           openPart(trashFd, "info", join(trashPath, "info"), false, env, info, why);
}

// The user's data directory, opened (following links: it is the user's own
// setting), its missing components created 0700 as the XDG base directory
// specification asks. Returns the deepest existing directory in `deepest`
// and whether the whole path exists.
bool openDataHome(const NativeString &path, const TrashEnvironment &env, Fd &deepest,
                  bool &complete, std::string &why)
{
    deepest.reset(::open("/", OpenDir));
    complete = false;
    for (const NativeString &part : components(path)) {
        Fd next(::openat(deepest.get(), part.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        if (!next.valid() && errno == ENOENT) {
            if (!env.create)
                return true;
            if (::mkdirat(deepest.get(), part.c_str(), 0700) != 0 && errno != EEXIST) {
                why = "cannot create " + shown(path) + ": " + std::strerror(errno);
                return false;
            }
            next.reset(::openat(deepest.get(), part.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        }
        if (!next.valid()) {
            why = shown(path) + ": " + std::strerror(errno);
            return false;
        }
        deepest = std::move(next);
    }
    complete = true;
    // Others must not be able to rename our trash away and put theirs there.
    Meta m;
    if (posix::statFd(deepest.get(), m) != 0 || (m.uid != env.uid && m.uid != 0) ||
        ((m.mode & 022) && !(m.mode & S_ISVTX))) {
        why = shown(path) + ": not a private directory of uid " + std::to_string(env.uid);
        return false;
    }
    return true;
}

// The directory whose data home holds the home trash, or empty.
NativeString dataHomeOf(const TrashEnvironment &env)
{
    if (!env.dataHome.empty() && env.dataHome.front() == '/')
        return env.dataHome;
    if (!env.home.empty() && env.home.front() == '/')
        return join(env.home, ".local/share");
    return {};
}

} // namespace

TrashEnvironment TrashEnvironment::fromProcess()
{
    TrashEnvironment env;
    env.uid = ::geteuid();
    if (const char *d = std::getenv("XDG_DATA_HOME"))
        env.dataHome = d;
    if (const char *h = std::getenv("HOME"); h && *h) {
        env.home = h;
    } else {
        std::vector<char> buf(16384);
        struct passwd pw
        {
        };
        struct passwd *found = nullptr;
        if (::getpwuid_r(env.uid, &pw, buf.data(), buf.size(), &found) == 0 && found &&
            found->pw_dir)
            env.home = found->pw_dir;
    }
    return env;
}

TrashDir::~TrashDir()
{
    if (m_files >= 0)
        ::close(m_files);
    if (m_info >= 0)
        ::close(m_info);
}

std::unique_ptr<TrashDir> TrashDir::locate(NativeStringView rootPath, FileId rootId,
                                           const TrashEnvironment &env, std::string *whyNot)
{
    std::string why;
    const auto fail = [&](std::string text) -> std::unique_ptr<TrashDir> {
        if (whyNot)
            *whyNot = std::move(text);
        return nullptr;
    };
    const NativeString rootText(rootPath);
    Fd root(::open(rootText.c_str(), OpenDir));
    Meta rootMeta;
    if (!root.valid() || posix::statFd(root.get(), rootMeta) != 0 || rootMeta.id != rootId)
        return fail("the root " + shown(rootText) + " is not the directory that was opened");
    // An absolute spelling of the root, for Path= and for finding $topdir's path.
    NativeString absRoot = rootText;
    if (absRoot.empty() || absRoot.front() != '/') {
        char *real = ::realpath(rootText.c_str(), nullptr);
        absRoot = real ? real : "";
        std::free(real);
    }

    std::unique_ptr<TrashDir> t(new TrashDir());
    t->m_rootId = rootId;
    t->m_device = rootId.device;
    Fd files, info;
    const auto accept = [&](Kind kind, NativeString path, NativeString base) {
        t->m_kind = kind;
        t->m_path = std::move(path);
        t->m_rootBase = std::move(base);
        t->m_files = files.release();
        t->m_info = info.release();
        return std::move(t);
    };

    // 1. The home trash, when it is on the root's mount (looked at first
    // without creating anything: a home elsewhere is left as it is).
    const NativeString dataHome = dataHomeOf(env);
    TrashEnvironment look = env;
    look.create = false;
    Fd deepest;
    bool complete = false;
    const bool looked = !dataHome.empty() && openDataHome(dataHome, look, deepest, complete, why);
    if (deepest.valid() && posix::sameMount(deepest.get(), root.get())) {
        const NativeString trashPath = join(dataHome, "Trash");
        if (!looked ||
            (!complete && env.create && !openDataHome(dataHome, env, deepest, complete, why)))
            return fail("the home trash " + shown(trashPath) + " cannot be used: " + why);
        if (atOrBelow(deepest.get(), rootId).value_or(true))
            return fail("the home trash " + shown(trashPath) +
                        " lies inside the root being cleaned");
        if (absRoot.empty())
            return fail("cannot tell the absolute path of the root " + shown(rootText));
        Fd trash;
        if (complete && !openPart(deepest.get(), "Trash", trashPath, true, env, trash, why))
            return fail("the home trash cannot be used: " + why);
        if (trash.valid() &&
            atOrBelow(trash.get(), rootId).value_or(true)) // cleaning the trash itself
            return fail("the home trash " + shown(trashPath) +
                        " lies inside the root being cleaned");
        if (!openFilesAndInfo(trash.get(), trashPath, env, files, info, why))
            return fail("the home trash cannot be used: " + why);
        return accept(Kind::Home, trashPath, absRoot);
    }

    // 2. The trash of the root's own mount: climb to its top.
    Fd top(::fcntl(root.get(), F_DUPFD_CLOEXEC, 0));
    int levels = 0;
    for (;; ++levels) {
        Meta here, up;
        Fd parent;
        if (levels >= MaxClimb || posix::statFd(top.get(), here) != 0)
            return fail("cannot find the top of the root's file system");
        if (!here.mountRoot) {
            parent.reset(::openat(top.get(), "..", OpenDir));
            if (!parent.valid() || posix::statFd(parent.get(), up) != 0)
                return fail("cannot find the top of the root's file system: " +
                            std::string(std::strerror(errno)));
        }
        if (here.mountRoot || up.id == here.id || up.id.device != here.id.device)
            break;
        top = std::move(parent);
    }
    if (levels == 0)
        return fail("the root " + shown(rootText) +
                    " is the top of its own file system, so its trash (.Trash-" +
                    std::to_string(env.uid) + ") would be inside the root being cleaned, and " +
                    (dataHome.empty() ? std::string("there is no home trash (neither XDG_DATA_HOME "
                                                    "nor HOME is an absolute path)")
                                      : "the home trash " + shown(join(dataHome, "Trash")) +
                                            " is on another file system"));
    // $topdir's path: the root's path without its last `levels` components,
    // accepted only if it names the directory climbed to.
    const std::vector<NativeString> parts = components(absRoot);
    if (absRoot.empty() || int(parts.size()) < levels)
        return fail("cannot tell where the root " + shown(rootText) + " lies on its file system");
    NativeString topPath = "/";
    for (std::size_t i = 0; i + levels < parts.size(); ++i)
        topPath = join(topPath, parts[i]);
    {
        Fd byPath(::open(topPath.c_str(), OpenDir));
        Meta a, b;
        if (!byPath.valid() || posix::statFd(byPath.get(), a) != 0 ||
            posix::statFd(top.get(), b) != 0 || a.id != b.id)
            return fail("cannot tell where the root " + shown(rootText) +
                        " lies on its file system (its path has links)");
    }
    NativeString base;
    for (std::size_t i = parts.size() - levels; i < parts.size(); ++i)
        base = base.empty() ? parts[i] : join(base, parts[i]);
    const NativeString uid = std::to_string(env.uid);
    // Below $topdir, a trash is inside the root only when the root is that
    // trash or .Trash (cleaning a trash itself); a missing one is not.
    const auto outsideRoot = [&](int trashFd) {
        return trashFd < 0 || !atOrBelow(trashFd, rootId).value_or(true);
    };

    // $topdir/.Trash/$uid, when .Trash is a sticky directory and not a link.
    std::string sharedWhy;
    Meta shared;
    if (posix::statAt(top.get(), ".Trash", shared) == 0) {
        const NativeString sharedPath = join(topPath, ".Trash");
        Fd dir(::openat(top.get(), ".Trash", OpenDir));
        Meta now;
        if (shared.kind != native::Kind::Directory || !(shared.mode & S_ISVTX))
            sharedWhy = shown(sharedPath) + " is not used: " +
                        (shared.kind == native::Kind::Symlink     ? "a symbolic link"
                         : shared.kind != native::Kind::Directory ? "not a directory"
                                                                  : "no sticky bit") +
                        "; ";
        else if (dir.valid() && posix::statFd(dir.get(), now) == 0 && now.id == shared.id) {
            Fd trash;
            const NativeString trashPath = join(sharedPath, uid);
            const bool opened = openPart(dir.get(), uid, trashPath, true, env, trash, why);
            if (opened && !outsideRoot(trash.get()))
                return fail("the trash " + shown(trashPath) +
                            " lies inside the root being cleaned");
            if (opened && openFilesAndInfo(trash.get(), trashPath, env, files, info, why))
                return accept(Kind::SharedTopdir, trashPath, base);
            sharedWhy = why + "; ";
        }
    }
    // $topdir/.Trash-$uid.
    Fd trash;
    const NativeString trashPath = join(topPath, ".Trash-" + uid);
    const bool opened = openPart(top.get(), ".Trash-" + uid, trashPath, true, env, trash, why);
    if (opened && !outsideRoot(trash.get()))
        return fail("the trash " + shown(trashPath) + " lies inside the root being cleaned");
    if (!opened || !openFilesAndInfo(trash.get(), trashPath, env, files, info, why))
        return fail(sharedWhy + "the trash of this file system cannot be used: " + why);
    return accept(Kind::UserTopdir, trashPath, base);
}

std::string TrashDir::infoPath(NativeStringView relativePath) const
{
    if (m_rootBase.empty())
        return percentEncode(relativePath);
    return percentEncode(join(m_rootBase, relativePath));
}

std::string percentEncode(NativeStringView bytes)
{
    static constexpr char Hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        const bool plain = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') ||
                           (b >= '0' && b <= '9') || b == '-' || b == '_' || b == '.' || b == '~' ||
                           b == '/';
        if (plain) {
            out += c;
        } else {
            out += '%';
            out += Hex[b >> 4];
            out += Hex[b & 15];
        }
    }
    return out;
}

std::string trashInfoText(const std::string &encodedPath, std::int64_t when)
{
    const std::time_t t = static_cast<std::time_t>(when);
    struct tm local
    {
    };
    char date[32] = "1970-01-01T00:00:00";
    if (::localtime_r(&t, &local))
        std::strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%S", &local);
    return "[Trash Info]\nPath=" + encodedPath + "\nDeletionDate=" + date + "\n";
}

} // namespace tempscope::native
