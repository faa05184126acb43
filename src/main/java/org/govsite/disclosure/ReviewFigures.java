package org.govsite.disclosure;

import java.util.Arrays;

/**
 * Section 四 of the annual report: administrative reviews and lawsuits about disclosure, entered by
 * staff, each as 维持, 纠正, 其他结果, 尚未审结 (the 总计 is their sum); lawsuits split into those brought
 * directly and those brought after a review.
 */
public record ReviewFigures(int[] review, int[] directSuits, int[] suitsAfterReview) {

	public ReviewFigures {
		review = Arrays.copyOf(review, 4);
		directSuits = Arrays.copyOf(directSuits, 4);
		suitsAfterReview = Arrays.copyOf(suitsAfterReview, 4);
	}

	public static ReviewFigures none() {
		return new ReviewFigures(new int[4], new int[4], new int[4]);
	}

	public static int total(int[] row) {
		return Arrays.stream(row).sum();
	}
}
