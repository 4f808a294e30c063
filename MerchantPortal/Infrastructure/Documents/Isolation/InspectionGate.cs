using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace MerchantPortal.Infrastructure.Documents.Isolation;

/// <summary>
/// The queue in front of the workers: at most <see cref="InspectionOptions.MaxConcurrent"/> at once in this
/// instance and <see cref="InspectionOptions.MaxPerOrganization"/> for one organization. An upload waits its
/// turn up to <see cref="InspectionOptions.QueueWaitSeconds"/> in all, then is told the portal is busy.
/// </summary>
public sealed class InspectionGate(IOptions<InspectionOptions> options)
{
    private readonly SemaphoreSlim instance = new(Math.Max(1, options.Value.MaxConcurrent));
    private readonly Dictionary<Guid, Organization> organizations = [];
    private readonly Lock sync = new();

    /// <returns>A slot to dispose when the inspection is over, or null when none came free in time.</returns>
    public async Task<IDisposable?> EnterAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var wait = TimeSpan.FromSeconds(options.Value.QueueWaitSeconds);
        var started = Stopwatch.GetTimestamp();
        var organization = Join(organizationId);
        var holdsOrganization = false;
        try
        {
            holdsOrganization = await organization.Slots.WaitAsync(wait, cancellationToken);
            var left = wait - Stopwatch.GetElapsedTime(started);
            if (holdsOrganization && await instance.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, cancellationToken))
            {
                return new Slot(this, organizationId, organization);
            }
        }
        catch (OperationCanceledException)
        {
            Leave(organizationId, organization, holdsOrganization);
            throw;
        }

        Leave(organizationId, organization, holdsOrganization);
        return null;
    }

    private Organization Join(Guid organizationId)
    {
        lock (sync)
        {
            if (!organizations.TryGetValue(organizationId, out var organization))
            {
                organization = new Organization(new SemaphoreSlim(Math.Max(1, options.Value.MaxPerOrganization)));
                organizations[organizationId] = organization;
            }

            organization.Users++;
            return organization;
        }
    }

    // The last one out removes the organization's semaphore, so the table holds only organizations with uploads under way.
    private void Leave(Guid organizationId, Organization organization, bool release)
    {
        if (release)
        {
            organization.Slots.Release();
        }

        lock (sync)
        {
            if (--organization.Users == 0)
            {
                organizations.Remove(organizationId);
                organization.Slots.Dispose();
            }
        }
    }

    private sealed class Organization(SemaphoreSlim slots)
    {
        public SemaphoreSlim Slots { get; } = slots;

        public int Users { get; set; }
    }

    private sealed class Slot(InspectionGate gate, Guid organizationId, Organization organization) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                gate.instance.Release();
                gate.Leave(organizationId, organization, release: true);
            }
        }
    }
}
