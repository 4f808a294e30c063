using System.Text.Json;
using System.Text.Json.Serialization;

namespace MerchantPortal.Infrastructure.Documents.Isolation;

/// <summary>
/// The worker's one-line answer on standard output: the problem, or the format the file proved to be (an image's
/// re-encoded copy is at the output path; a PDF is kept as received).
/// </summary>
public sealed record InspectionVerdict(UploadProblem Problem, DocumentFormat? Format)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static InspectionVerdict Refused(UploadProblem problem) => new(problem, null);

    [JsonIgnore]
    public string ContentType => new InspectionResult(Problem, Format).ContentType;

    [JsonIgnore]
    public string Extension => new InspectionResult(Problem, Format).Extension;

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The verdict in a worker's output, or null for anything else: an accepted file must name its format.</summary>
    public static InspectionVerdict? Parse(string? line)
    {
        try
        {
            return line is null ? null : JsonSerializer.Deserialize<InspectionVerdict>(line, Json) switch
            {
                { } verdict when Enum.IsDefined(verdict.Problem) && (verdict.Problem == UploadProblem.None) == verdict.Format.HasValue
                    && (verdict.Format is null || Enum.IsDefined(verdict.Format.Value)) => verdict,
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
