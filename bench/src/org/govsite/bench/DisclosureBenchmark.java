package org.govsite.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.govsite.publish.SitePageSource;
import org.govsite.publish.internal.SitePublisher;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The disclosure catalogue's benchmark: a site of N policy documents, each with disclosure
 * metadata spread over 主题分类, years, 发布机构, 效力等级 and 有效性. First the catalogue alone
 * ({@code disclosure/}: the area, every browse list 20 a page, the annual reports), written from
 * scratch by a run of the module pages: the time to gather the catalogue, the time to render and
 * write its pages, pages per second, the biggest page; then the site's full publish (every page,
 * the catalogue included and by then unchanged). Argument: N (default 10000).
 */
public final class DisclosureBenchmark {

	private DisclosureBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int documents = args.length == 0 ? 10_000 : Integer.parseInt(args[0]);
		Path data = Files.createTempDirectory("govsite-bench");
		// no tamper watch, which would restore (and clear the temporary files of) pages being written
		try (ConfigurableApplicationContext context = PublishBenchmark.start(data,
				java.util.Map.of("govsite.publish.tamper.enabled", "false"))) {
			PublishBenchmark.Bench bench = new PublishBenchmark.Bench(context);
			SitePageSource catalogue = context.getBeansOfType(SitePageSource.class).values().stream()
				.filter(source -> source.folder().equals("disclosure/"))
				.findFirst()
				.orElseThrow();
			int warmUp = Integer.getInteger("bench.warmup", 1000);
			if (warmUp > 0) {
				PublishBenchmark.Bench.Site small = bench.site(warmUp, true);
				bench.awaitIdle(small.id());
				bench.publisher.sitePages(small.id(), true, SitePublisher.Progress.NONE);
				System.out.printf(Locale.ROOT, "(warm-up: the catalogue of %,d policy documents written, not counted)%n", warmUp);
			}
			PublishBenchmark.Bench.Site site = bench.site(documents, true);
			// the jobs the import queued (the catalogue changed) done first: the run below is the only writer
			bench.awaitIdle(site.id());
			long start = System.nanoTime();
			int given = catalogue.pages(site.id()).size();
			double gathered = (System.nanoTime() - start) / 1e9;
			start = System.nanoTime();
			// after a failure, a run of the module pages writes every page of every source
			SitePublisher.Outcome outcome = bench.publisher.sitePages(site.id(), true, SitePublisher.Progress.NONE);
			double written = (System.nanoTime() - start) / 1e9;
			List<Long> figures = bench.jdbc.sql("""
					select count(*), coalesce(max(size), 0) from publish_manifest
					where site_id = ? and path like 'disclosure/%' and path like '%.html'""")
				.param(site.id())
				.query((row, n) -> List.of(row.getLong(1), row.getLong(2)))
				.single();
			System.out.printf(Locale.ROOT,
					"catalogue of %,d policy documents: %,d pages (%,d in disclosure/ with their traditional copies"
							+ " elsewhere), gathered in %.2f s; rendered and written in %.1f s = %,.0f pages/s (%,d files"
							+ " written by the run, every module's); biggest page %,d bytes%n",
					documents, given, figures.get(0), gathered, written, given / written, outcome.written(), figures.get(1));
			bench.fullPublish(site, documents);
		}
		finally {
			PublishBenchmark.deleteQuietly(data);
		}
	}
}
