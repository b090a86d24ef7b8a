namespace ConsensusLab.Reporting;

/// <summary>
/// The Parquet files and the workbook: made from the CSV files' own text, typed by their Table Schemas
/// (<see cref="TypedRows"/>), so they never disagree with the CSV and take in every file and column the CSV gains.
/// </summary>
internal static class AnalystFiles
{
    /// <summary>Writes <paramref name="fileName"/> (a .parquet named after a CSV file, or workbook.xlsx).</summary>
    /// <param name="tables">The CSV files' tables.</param>
    /// <param name="writeCsv">Writes the CSV file of that name to a stream.</param>
    public static async Task WriteAsync(string fileName, IReadOnlyList<ExportTable> tables, Func<string, Stream, Task> writeCsv, Stream output,
        CancellationToken cancellationToken)
    {
        // Parquet.Net and the zip archive write to a stream they can seek, and synchronously, neither of which an HTTP
        // response allows: then the file is made in a temporary file and copied.
        if (!output.CanSeek)
        {
            await using var buffer = TemporaryFile(".tmp");
            await WriteAsync(fileName, tables, writeCsv, buffer, cancellationToken);
            buffer.Position = 0;
            await buffer.CopyToAsync(output, cancellationToken);
            return;
        }
        Task<Stream> BufferCsv(ExportTable table) => BufferAsync(table, writeCsv, cancellationToken);
        if (fileName == SessionExporter.WorkbookXlsx)
        {
            await WorkbookWriter.WriteAsync(tables, BufferCsv, output, cancellationToken);
            return;
        }
        var table = tables.Single(t => t.Name == Path.GetFileNameWithoutExtension(fileName));
        await using var csv = await BufferCsv(table);
        await ParquetTableWriter.WriteAsync(table, TypedRows.ReadAsync(table, csv, cancellationToken), output, cancellationToken);
    }

    /// <summary>The table's CSV in a temporary file, read back from its start: a large session's rows wait on disk, not in memory.</summary>
    private static async Task<Stream> BufferAsync(ExportTable table, Func<string, Stream, Task> writeCsv, CancellationToken cancellationToken)
    {
        var file = TemporaryFile(".csv");
        try
        {
            await writeCsv(table.FileName, file);
            await file.FlushAsync(cancellationToken);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    private static FileStream TemporaryFile(string extension) =>
        new(Path.Combine(Path.GetTempPath(), $"consensuslab-{Guid.NewGuid():N}{extension}"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
}
