#pragma once
// Owning Win32 file handle (Windows backend only). Move-only; closes on
// destruction. Any thread may use it, one at a time.

#include <windows.h>

#include <utility>

namespace tempscope::native::win32 {

class Handle
{
public:
    Handle() = default;
    explicit Handle(HANDLE h) : m_h(h) {}
    Handle(Handle &&o) noexcept : m_h(std::exchange(o.m_h, INVALID_HANDLE_VALUE)) {}
    Handle &operator=(Handle &&o) noexcept
    {
        if (this != &o)
            reset(std::exchange(o.m_h, INVALID_HANDLE_VALUE));
        return *this;
    }
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;
    ~Handle() { reset(); }

    bool valid() const { return m_h != INVALID_HANDLE_VALUE && m_h != nullptr; }
    HANDLE get() const { return m_h; }
    void reset(HANDLE h = INVALID_HANDLE_VALUE)
    {
        if (valid())
            ::CloseHandle(m_h);
        m_h = h;
    }

private:
    HANDLE m_h = INVALID_HANDLE_VALUE;
};

} // namespace tempscope::native::win32
