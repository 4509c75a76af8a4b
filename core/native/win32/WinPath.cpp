#include "core/native/win32/WinPath.h"

#include <windows.h>

#include <vector>

namespace tempscope::native::win32 {

namespace {

bool startsWith(NativeStringView s, NativeStringView prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

bool isSlash(wchar_t c)
{
    return c == L'\\' || c == L'/';
}

bool isDriveAbsolute(NativeStringView p)
{
    return p.size() >= 3 && ((p[0] >= L'A' && p[0] <= L'Z') || (p[0] >= L'a' && p[0] <= L'z')) &&
           p[1] == L':' && isSlash(p[2]);
}

// True when some component is `.` or `..`: only GetFullPathNameW resolves those,
// the `\\?\` form takes them literally.
bool hasDotComponents(NativeStringView p)
{
    std::size_t start = 0;
    for (std::size_t i = 0; i <= p.size(); ++i) {
        if (i == p.size() || isSlash(p[i])) {
            const NativeStringView part = p.substr(start, i - start);
            if (part == L"." || part == L"..")
                return true;
            start = i + 1;
        }
    }
    return false;
}

NativeString withBackslashes(NativeStringView p)
{
    NativeString out(p);
    for (wchar_t &c : out)
        if (c == L'/')
            c = L'\\';
    return out;
}

} // namespace

NativeString fullExtendedPath(NativeStringView path)
{
    if (startsWith(path, L"\\\\?\\") || startsWith(path, L"\\\\.\\"))
        return NativeString(path);
    const NativeString given(path);
    DWORD size = ::GetFullPathNameW(given.c_str(), 0, nullptr, nullptr);
    if (size == 0)
        return extendedPath(path);
    std::vector<wchar_t> buf(size + 1);
    size = ::GetFullPathNameW(given.c_str(), static_cast<DWORD>(buf.size()), buf.data(), nullptr);
    if (size == 0 || size >= buf.size())
        return extendedPath(path);
    return extendedPath(NativeStringView(buf.data(), size));
}

NativeString extendedPath(NativeStringView path)
{
    if (startsWith(path, L"\\\\?\\") || startsWith(path, L"\\\\.\\") || startsWith(path, L"\\??\\"))
        return NativeString(path);
    if (hasDotComponents(path))
        return fullExtendedPath(path);
    if (isDriveAbsolute(path))
        return L"\\\\?\\" + withBackslashes(path);
    if (path.size() > 2 && isSlash(path[0]) && isSlash(path[1]))
        return L"\\\\?\\UNC\\" + withBackslashes(path.substr(2));
    return fullExtendedPath(path);
}

NativeString displayPath(NativeStringView path)
{
    if (startsWith(path, L"\\\\?\\UNC\\"))
        return L"\\\\" + NativeString(path.substr(8));
    if (startsWith(path, L"\\\\?\\") && isDriveAbsolute(path.substr(4)))
        return NativeString(path.substr(4));
    return NativeString(path);
}

NativeString joinPath(NativeStringView dir, NativeStringView name)
{
    NativeString out(dir);
    if (!out.empty() && out.back() != L'\\')
        out += L'\\';
    out += name;
    return out;
}

std::string toUtf8(std::wstring_view text)
{
    if (text.empty())
        return {};
    const int n = ::WideCharToMultiByte(CP_UTF8, 0, text.data(), static_cast<int>(text.size()),
                                        nullptr, 0, nullptr, nullptr);
    std::string out(static_cast<std::size_t>(n > 0 ? n : 0), '\0');
    if (n > 0)
        ::WideCharToMultiByte(CP_UTF8, 0, text.data(), static_cast<int>(text.size()), out.data(), n,
                              nullptr, nullptr);
    return out;
}

std::wstring fromUtf8(std::string_view text)
{
    if (text.empty())
        return {};
    const int n =
        ::MultiByteToWideChar(CP_UTF8, 0, text.data(), static_cast<int>(text.size()), nullptr, 0);
    std::wstring out(static_cast<std::size_t>(n > 0 ? n : 0), L'\0');
    if (n > 0)
        ::MultiByteToWideChar(CP_UTF8, 0, text.data(), static_cast<int>(text.size()), out.data(),
                              n);
    return out;
}

} // namespace tempscope::native::win32
