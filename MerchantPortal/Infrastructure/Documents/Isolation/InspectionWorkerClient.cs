using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace MerchantPortal.Infrastructure.Documents.Isolation;

/// <summary>
/// The portal's side of inspection: waits for a slot (<see cref="InspectionGate"/>), runs one worker process per
/// file and reads its verdict. A worker that exceeds its memory or time is killed; one that dies, is killed or
/// answers anything but a verdict means <see cref="UploadProblem.CheckFailed"/>. The portal never parses the file.
/// </summary>
public sealed class InspectionWorkerClient(InspectionGate gate, IOptions<InspectionOptions> options, ILogger<InspectionWorkerClient> logger)
{
    private const int MaxOutputChars = 4096;

    /// <param name="input">The upload as received.</param>
    /// <param name="output">Where an image's re-encoded copy is written (it must not exist yet).</param>
    public async Task<InspectionVerdict> CheckAsync(Guid organizationId, string input, string output, CancellationToken cancellationToken)
    {
        using var slot = await gate.EnterAsync(organizationId, cancellationToken);
        return slot is null ? InspectionVerdict.Refused(UploadProblem.Busy) : await RunAsync(input, output, cancellationToken);
    }

    private async Task<InspectionVerdict> RunAsync(string input, string output, CancellationToken cancellationToken)
    {
        var limit = options.Value.MemoryLimitMegabytes * 1024L * 1024L;
        using var process = new Process { StartInfo = WorkerLaunch.StartInfo(input, output, limit) };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            logger.LogError(e, "The inspection worker could not be started.");
            return InspectionVerdict.Refused(UploadProblem.CheckFailed);
        }

        process.StandardInput.Close();
        var stdout = ReadCappedAsync(process.StandardOutput);
        var stderr = ReadCappedAsync(process.StandardError);
        var killed = await WatchAsync(process, limit, cancellationToken);
        var (answer, errors) = (await stdout, await stderr);
        if (killed is not null || process.ExitCode != 0 || InspectionVerdict.Parse(answer.Split('\n')[0].Trim()) is not { } verdict)
        {
            logger.LogWarning("An upload could not be checked: the worker {Outcome} (exit code {ExitCode}): {Errors}",
                killed ?? "answered no verdict", process.ExitCode, errors.Split('\n')[0]);
            return InspectionVerdict.Refused(UploadProblem.CheckFailed);
        }

        return verdict;
    }

    /// <returns>Null when the worker ended by itself; otherwise why it was killed.</returns>
    private async Task<string?> WatchAsync(Process process, long limit, CancellationToken cancellationToken)
    {
        var exited = process.WaitForExitAsync(CancellationToken.None);
        var deadline = Stopwatch.GetTimestamp() + (long)(options.Value.TimeoutSeconds * Stopwatch.Frequency);
        string? killed = null;
        while (!exited.IsCompleted && killed is null)
        {
            // The peak, not the current size: a spike between two looks is still seen.
            killed = ChildMemory.PeakResidentBytes(process.Id) > limit ? "exceeded its memory limit"
                : Stopwatch.GetTimestamp() > deadline ? "ran out of time"
                : cancellationToken.IsCancellationRequested ? "was abandoned (request aborted)"
                : null;
            if (killed is null)
            {
                await Task.WhenAny(exited, Task.Delay(25, CancellationToken.None));
            }
        }

        if (killed is not null)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended on its own just now.
            }
        }

        await exited;
        return killed;
    }

    /// <summary>Reads at most a few kilobytes and drains the rest, so a flooding worker neither blocks nor fills memory.</summary>
    private static async Task<string> ReadCappedAsync(StreamReader reader)
    {
        var buffer = new char[1024];
        var kept = new System.Text.StringBuilder();
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            kept.Append(buffer, 0, Math.Min(read, Math.Max(0, MaxOutputChars - kept.Length)));
        }

        return kept.ToString();
    }
}
