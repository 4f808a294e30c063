using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MerchantPortal.Data;

/// <summary>Every time is stored in UTC; reading it back marks it as UTC so display code can convert it safely.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
