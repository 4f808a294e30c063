namespace MerchantPortal.Infrastructure.Documents.Isolation;

/// <summary>
/// The portal's own executable run as <c>MerchantPortal inspect &lt;input&gt; &lt;output&gt;</c>, before any host is
/// built: it checks one uploaded file (format from its bytes; a PDF through the PDF check, an image decoded and
/// re-encoded without metadata into the output path) and prints one line of JSON. The portal starts it as a child
/// process with a memory and a time limit (<see cref="InspectionWorkerClient"/>), so a hostile file can only
/// exhaust or crash this process.
/// </summary>
public static class InspectionWorker
{
    public const string Command = "inspect";

    /// <summary>Runs the worker when the command line asks for it; true when it did and the process should end.</summary>
    public static bool TryRun(string[] args)
    {
        if (args is not [Command, ..])
        {
            return false;
        }

        if (args is not [_, var input, var output])
        {
            Console.Error.WriteLine("usage: MerchantPortal inspect <input-path> <output-path>");
            Environment.ExitCode = 2;
            return true;
        }

        // Anything thrown ends the process with an error code, which the portal reads as "could not be checked".
        Console.Out.WriteLine(Inspect(input, output).ToJson());
        Console.Out.Flush();
        return true;
    }

    public static InspectionVerdict Inspect(string input, string output)
    {
        DocumentFormat? format;
        using (var file = File.OpenRead(input))
        {
            Span<byte> head = stackalloc byte[8];
            var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (read == 0)
            {
                return InspectionVerdict.Refused(UploadProblem.Empty);
            }

            format = DocumentInspector.Sniff(head[..read]);
            if (format == DocumentFormat.Pdf)
            {
                file.Position = 0;
                var problem = DocumentInspector.CheckPdf(file);
                return new InspectionVerdict(problem, problem == UploadProblem.None ? format : null);
            }
        }

        if (format is null)
        {
            return InspectionVerdict.Refused(UploadProblem.NotAllowedType);
        }

        var result = ImageInspector.Inspect(File.ReadAllBytes(input), format.Value, DocumentInspector.DefaultMaxPixels);
        if (result.Problem != UploadProblem.None)
        {
            return InspectionVerdict.Refused(result.Problem);
        }

        using (var file = new FileStream(output, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            file.Write(result.Content);
            file.Flush(flushToDisk: true);
        }

        return new InspectionVerdict(UploadProblem.None, result.Format);
    }
}
