// The removal helpers both backends share (RemovalSupport.h).

#include "core/native/RemovalSupport.h"

#include <algorithm>

namespace tempscope::native {

namespace {
constexpr PathChar DotDotChars[] = {PathChar('.'), PathChar('.')};
constexpr NativeStringView DotDot(DotDotChars, 2);
} // namespace

RemovalOutcome removalOutcome(RemovalStatus status, KeepReason code, std::string reason, int error)
{
    RemovalOutcome out;
    out.status = status;
    out.code = code;
    out.reason = std::move(reason);
    out.error = error;
    return out;
}

RemovalOutcome alreadyGoneOutcome()
{
    RemovalOutcome out = removalOutcome(RemovalStatus::Removed, KeepReason::None, "already gone");
    out.alreadyGone = true;
    return out;
}

std::optional<RemovalOutcome> refusedBeforeItem(const RemovalRoot &root,
                                                const RemovalPolicy &policy, int readOnlyError,
                                                int staleError)
{
    if (root.aborted())
        return removalOutcome(RemovalStatus::Failed, KeepReason::ReadOnlyFilesystem,
                              "read-only file system", readOnlyError);
    if (!root.stillSame())
        return removalOutcome(RemovalStatus::Failed, KeepReason::RootChanged,
                              "the root was replaced since it was opened", staleError);
    if (policy.cancel && policy.cancel->load()) {
        RemovalOutcome out =
            removalOutcome(RemovalStatus::Skipped, KeepReason::Cancelled, "cancelled");
        out.cancelled = true;
        return out;
    }
    return std::nullopt;
}

void settleOutcome(RemovalOutcome &out, bool itemGone)
{
    if (itemGone && out.entriesKept == 0) {
        out.status = RemovalStatus::Removed;
        out.code = KeepReason::None;
        out.reason.clear();
    } else if (out.entriesRemoved > 0) {
        out.status = RemovalStatus::Partial;
    } else {
        out.status = out.code == KeepReason::Error ? RemovalStatus::Failed : RemovalStatus::Skipped;
    }
    if (out.cancelled && out.status != RemovalStatus::Removed) {
        if (out.code == KeepReason::None) {
            out.code = KeepReason::Cancelled;
            out.reason = "cancelled";
        }
    }
}

void recordKept(RemovalOutcome &out, const NativeString &relativePath, const Verdict &v)
{
    ++out.entriesKept;
    if (out.kept.size() < MaxKept)
        out.kept.push_back({relativePath, v.reason, v.code});
    if (!out.veto && vetoesItem(v.code))
        out.veto = KeptEntry{relativePath, v.reason, v.code};
    if (out.code == KeepReason::None) {
        out.code = v.code;
        out.reason = v.reason;
    }
}

std::string splitItemPath(NativeStringView path, NativeStringView separators,
                          std::vector<NativeString> &parts)
{
    parts.clear();
    const bool windows = separators.size() > 1;
    NativeStringView rest(path);
    while (!rest.empty()) {
        const auto cut = rest.find_first_of(separators);
        const NativeStringView part = rest.substr(0, cut);
        const bool dots = part == DotDot.substr(0, 1) || part == DotDot;
        const bool stream = windows && part.find(PathChar(':')) != NativeStringView::npos;
        if (part.empty() || dots || stream || part.find(PathChar(0)) != NativeStringView::npos)
            return "not a path inside the root";
        parts.emplace_back(part);
        rest.remove_prefix(cut == NativeStringView::npos ? rest.size() : cut + 1);
    }
    if (parts.empty() || separators.find(path.back()) != NativeStringView::npos)
        return "refusing to remove the root itself";
    return {};
}

Verdict inUseVerdict(const RemovalPolicy &policy, const FileId &id)
{
    if (policy.inUse) {
        if (const Holder *h = policy.inUse->holder(id))
            return keepFor(KeepReason::InUse, inUseText(*h));
    }
    return {};
}

bool RemovalBook::cancelled()
{
    if (m_policy.cancel && m_policy.cancel->load(std::memory_order_relaxed)) {
        m_out.cancelled = true;
        m_stop = true;
    }
    return m_stop;
}

bool RemovalBook::isRunRoot(const FileId &id) const
{
    return std::find(m_policy.keepIds.begin(), m_policy.keepIds.end(), id) !=
           m_policy.keepIds.end();
}

void RemovalBook::keep(const Verdict &v)
{
    if (v.gone)
        return;
    if (v.code == KeepReason::ReadOnlyFilesystem) {
        m_readOnly = true;
        m_stop = true;
    }
    recordKept(m_out, m_path, v);
    progress();
}

void RemovalBook::removed(Kind kind, std::uint64_t size, std::uint64_t diskBytes,
                          std::uint64_t links)
{
    ++m_out.entriesRemoved;
    if (kind == Kind::File) {
        m_out.bytesRemoved += size;
        if (links > 1)
            ++m_out.linkedFiles;
    }
    if (kind == Kind::Directory || links <= 1)
        m_out.bytesFreed += diskBytes;
    if (m_policy.recordRemoved)
        m_out.removed.push_back(m_path);
    progress();
}

void RemovalBook::progress()
{
    if (!m_policy.progress || m_quiet)
        return;
    const std::uint64_t n = m_out.entriesRemoved + m_out.entriesKept;
    if (n % 1024 == 0)
        m_policy.progress({m_out.entriesRemoved, m_out.entriesKept, m_out.bytesFreed});
}

std::string inUseText(const Holder &h)
{
    return "in use by PID " + std::to_string(h.pid) + " (" + h.command + ")";
}

} // namespace tempscope::native
