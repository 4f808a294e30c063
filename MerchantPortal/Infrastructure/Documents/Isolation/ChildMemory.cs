using System.Globalization;

namespace MerchantPortal.Infrastructure.Documents.Isolation;

/// <summary>A Linux process's peak resident memory (VmHWM in /proc/&lt;pid&gt;/status): managed and native alike.</summary>
public static class ChildMemory
{
    /// <returns>Bytes, or null where /proc cannot tell (another OS, or the process is gone).</returns>
    public static long? PeakResidentBytes(int processId)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // Exited between two looks, or not Linux.
        }

        return null;
    }
}
