#pragma once
// UniqueResource: an owning, move-only wrapper of an operating-system
// resource (a POSIX file descriptor, a Win32 handle) that releases it on
// destruction. Traits says what an invalid value is and how to close one:
//   struct Traits {
//       using Value = ...;
//       static Value invalid();
//       static bool valid(Value v);
//       static void close(Value v);
//   };
// Any thread may use one, one at a time.

#include <utility>

namespace tempscope::native {

template <class Traits> class UniqueResource
{
public:
    using Value = typename Traits::Value;

    UniqueResource() = default;
    explicit UniqueResource(Value v) : m_v(v) {}
    UniqueResource(UniqueResource &&o) noexcept : m_v(std::exchange(o.m_v, Traits::invalid())) {}
    UniqueResource &operator=(UniqueResource &&o) noexcept
    {
        if (this != &o)
            reset(std::exchange(o.m_v, Traits::invalid()));
        return *this;
    }
    UniqueResource(const UniqueResource &) = delete;
    UniqueResource &operator=(const UniqueResource &) = delete;
    ~UniqueResource() { reset(); }

    Value get() const { return m_v; }
    bool valid() const { return Traits::valid(m_v); }
    Value release() { return std::exchange(m_v, Traits::invalid()); }
    void reset(Value v = Traits::invalid())
    {
        if (valid())
            Traits::close(m_v);
        m_v = v;
    }

private:
    Value m_v = Traits::invalid();
};

} // namespace tempscope::native
