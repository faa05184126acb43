package org.govsite.publish.internal;

import java.nio.charset.StandardCharsets;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Mode;
import com.google.zxing.qrcode.decoder.Version;
import org.jspecify.annotations.Nullable;

/**
 * The modules of a QR code for a page's address, as zxing's {@code Encoder} makes them with the
 * publisher's settings (byte mode with the UTF-8 ECI, level L, mask pattern 2), made without its
 * garbage: zxing divides polynomials object by object for the Reed–Solomon codewords, which was
 * half of a code's time and a QR code is drawn for every page and its traditional copy. The
 * version tables are zxing's; the rest follows ISO/IEC 18004 as zxing does, and the tests compare
 * the two module by module.
 */
final class QrMatrix {

	private static final ErrorCorrectionLevel LEVEL = ErrorCorrectionLevel.L;

	/** Mask pattern 2: a module is inverted where its column is a multiple of three. */
	private static final int MASK = 2;

	private static final int ECI_UTF_8 = 26;

	private static final int[] EXP = new int[512];

	private static final int[] LOG = new int[256];

	/** Reed–Solomon generator polynomials by degree (highest coefficient first), made on first use. */
	private static final int[][] GENERATORS = new int[128][];

	static {
		int x = 1;
		for (int i = 0; i < 255; i++) {
			EXP[i] = x;
			LOG[x] = i;
			x <<= 1;
			if (x >= 256) {
				x ^= 0x11D;
			}
		}
		for (int i = 255; i < 512; i++) {
			EXP[i] = EXP[i - 255];
		}
	}

	private QrMatrix() {
	}

	/**
	 * The modules, one byte each (1 dark, 0 light), by row; null where zxing would choose another
	 * mode than bytes (text of digits and capitals only) or the text does not fit a code.
	 */
	static byte @Nullable [][] encode(String text) {
		if (!needsByteMode(text)) {
			return null;
		}
		byte[] data = text.getBytes(StandardCharsets.UTF_8);
		int header = 4 + 8 + 4;
		int dataBits = 8 * data.length;
		Version provisional = chooseVersion(header + Mode.BYTE.getCharacterCountBits(Version.getVersionForNumber(1)) + dataBits);
		if (provisional == null) {
			return null;
		}
		Version version = chooseVersion(header + Mode.BYTE.getCharacterCountBits(provisional) + dataBits);
		if (version == null) {
			return null;
		}
		Version.ECBlocks blocks = version.getECBlocksForLevel(LEVEL);
		int total = version.getTotalCodewords();
		int dataCodewords = total - blocks.getTotalECCodewords();
		byte[] codewords = dataCodewords(data, Mode.BYTE.getCharacterCountBits(version), dataCodewords);
		byte[] interleaved = interleave(codewords, total, dataCodewords, blocks.getNumBlocks());
		return draw(version, interleaved);
	}

	/** As zxing's {@code chooseMode}: bytes unless every character is a digit or one of QR's 45 alphanumerics. */
	private static boolean needsByteMode(String text) {
		if (text.isEmpty()) {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean alphanumeric = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || " $%*+-./:".indexOf(c) >= 0;
			if (!alphanumeric) {
				return true;
			}
		}
		return false;
	}

	/** The smallest version whose data codewords hold the bits, as zxing's {@code chooseVersion}. */
	private static @Nullable Version chooseVersion(int bits) {
		for (int number = 1; number <= 40; number++) {
			Version version = Version.getVersionForNumber(number);
			int dataCodewords = version.getTotalCodewords() - version.getECBlocksForLevel(LEVEL).getTotalECCodewords();
			if (dataCodewords >= (bits + 7) / 8) {
				return version;
			}
		}
		return null;
	}

	/** ECI 26 (UTF-8), byte mode, the length, the bytes, the terminator and the padding codewords. */
	private static byte[] dataCodewords(byte[] data, int countBits, int dataCodewords) {
		Bits bits = new Bits(dataCodewords);
		bits.append(0b0111, 4);
		bits.append(ECI_UTF_8, 8);
		bits.append(0b0100, 4);
		bits.append(data.length, countBits);
		for (byte b : data) {
			bits.append(b & 0xFF, 8);
		}
		int capacity = 8 * dataCodewords;
		for (int i = 0; i < 4 && bits.size < capacity; i++) {
			bits.append(0, 1);
		}
		if ((bits.size & 7) != 0) {
			bits.append(0, 8 - (bits.size & 7));
		}
		for (int i = 0; bits.size < capacity; i++) {
			bits.append((i & 1) == 0 ? 0xEC : 0x11, 8);
		}
		return bits.bytes;
	}

	/** The blocks' data codewords interleaved, then their error correction codewords, as zxing's {@code interleaveWithECBytes}. */
	private static byte[] interleave(byte[] data, int total, int dataCodewords, int blockCount) {
		int group2 = total % blockCount;
		int group1 = blockCount - group2;
		int totalInGroup1 = total / blockCount;
		int dataInGroup1 = dataCodewords / blockCount;
		int ecPerBlock = totalInGroup1 - dataInGroup1;
		byte[][] blockData = new byte[blockCount][];
		byte[][] blockEc = new byte[blockCount][];
		int offset = 0;
		int maxData = 0;
		for (int i = 0; i < blockCount; i++) {
			int size = i < group1 ? dataInGroup1 : dataInGroup1 + 1;
			blockData[i] = java.util.Arrays.copyOfRange(data, offset, offset + size);
			blockEc[i] = errorCorrection(blockData[i], ecPerBlock);
			offset += size;
			maxData = Math.max(maxData, size);
		}
		byte[] result = new byte[total];
		int at = 0;
		for (int i = 0; i < maxData; i++) {
			for (byte[] block : blockData) {
				if (i < block.length) {
					result[at++] = block[i];
				}
			}
		}
		for (int i = 0; i < ecPerBlock; i++) {
			for (byte[] block : blockEc) {
				result[at++] = block[i];
			}
		}
		return result;
	}

	/** The Reed–Solomon codewords of a block: the remainder of data·x^n divided by the generator, in GF(256) over 0x11D. */
	private static byte[] errorCorrection(byte[] data, int count) {
		int[] generator = generator(count);
		int[] remainder = new int[count];
		for (byte b : data) {
			int factor = (b & 0xFF) ^ remainder[0];
			System.arraycopy(remainder, 1, remainder, 0, count - 1);
			remainder[count - 1] = 0;
			if (factor != 0) {
				int logFactor = LOG[factor];
				for (int i = 0; i < count; i++) {
					int coefficient = generator[i + 1];
					if (coefficient != 0) {
						remainder[i] ^= EXP[LOG[coefficient] + logFactor];
					}
				}
			}
		}
		byte[] result = new byte[count];
		for (int i = 0; i < count; i++) {
			result[i] = (byte) remainder[i];
		}
		return result;
	}

	/** (x − α^0)(x − α^1)…(x − α^(degree−1)), highest coefficient first. */
	private static int[] generator(int degree) {
		int[] known = GENERATORS[degree];
		if (known != null) {
			return known;
		}
		int[] poly = { 1 };
		for (int i = 0; i < degree; i++) {
			int[] next = new int[poly.length + 1];
			for (int j = 0; j < poly.length; j++) {
				next[j] ^= poly[j];
				if (poly[j] != 0) {
					next[j + 1] ^= EXP[LOG[poly[j]] + i];
				}
			}
			poly = next;
		}
		// a race only builds the same array twice
		GENERATORS[degree] = poly;
		return poly;
	}

	/** Function patterns, format and version information, then the codewords in their zigzag, masked. */
	private static byte[][] draw(Version version, byte[] codewords) {
		int size = version.getDimensionForVersion();
		byte[][] m = new byte[size][size];
		for (byte[] row : m) {
			java.util.Arrays.fill(row, (byte) -1);
		}
		finder(m, 0, 0);
		finder(m, size - 7, 0);
		finder(m, 0, size - 7);
		for (int i = 0; i < 8; i++) {
			m[7][i] = 0;
			m[7][size - 8 + i] = 0;
			m[size - 8][i] = 0;
		}
		for (int i = 0; i < 7; i++) {
			m[i][7] = 0;
			m[i][size - 8] = 0;
			m[size - 7 + i][7] = 0;
		}
		m[size - 8][8] = 1;
		int[] centers = version.getAlignmentPatternCenters();
		if (version.getVersionNumber() >= 2) {
			for (int cy : centers) {
				for (int cx : centers) {
					if (m[cy][cx] == -1) {
						alignment(m, cx - 2, cy - 2);
					}
				}
			}
		}
		for (int i = 8; i < size - 8; i++) {
			byte bit = (byte) ((i + 1) % 2);
			if (m[6][i] == -1) {
				m[6][i] = bit;
			}
			if (m[i][6] == -1) {
				m[i][6] = bit;
			}
		}
		formatInformation(m, size);
		if (version.getVersionNumber() >= 7) {
			int info = version.getVersionNumber() << 12 | bch(version.getVersionNumber(), 0x1F25);
			for (int k = 0; k < 18; k++) {
				byte bit = (byte) ((info >>> k) & 1);
				int i = k / 3;
				int j = k % 3;
				m[size - 11 + j][i] = bit;
				m[i][size - 11 + j] = bit;
			}
		}
		placeData(m, size, codewords);
		return m;
	}

	private static void finder(byte[][] m, int x, int y) {
		for (int dy = 0; dy < 7; dy++) {
			for (int dx = 0; dx < 7; dx++) {
				int ring = Math.max(Math.abs(dx - 3), Math.abs(dy - 3));
				m[y + dy][x + dx] = (byte) (ring == 2 ? 0 : 1);
			}
		}
	}

	private static void alignment(byte[][] m, int x, int y) {
		for (int dy = 0; dy < 5; dy++) {
			for (int dx = 0; dx < 5; dx++) {
				int ring = Math.max(Math.abs(dx - 2), Math.abs(dy - 2));
				m[y + dy][x + dx] = (byte) (ring == 1 ? 0 : 1);
			}
		}
	}

	/** Level L's bits and the mask's, with their BCH code, masked with 0x5412, in both places zxing puts them. */
	private static void formatInformation(byte[][] m, int size) {
		int info = LEVEL.getBits() << 3 | MASK;
		int bits = (info << 10 | bch(info, 0x537)) ^ 0x5412;
		int[][] first = { { 8, 0 }, { 8, 1 }, { 8, 2 }, { 8, 3 }, { 8, 4 }, { 8, 5 }, { 8, 7 }, { 8, 8 }, { 7, 8 }, { 5, 8 },
				{ 4, 8 }, { 3, 8 }, { 2, 8 }, { 1, 8 }, { 0, 8 } };
		for (int i = 0; i < 15; i++) {
			byte bit = (byte) ((bits >>> i) & 1);
			m[first[i][1]][first[i][0]] = bit;
			if (i < 8) {
				m[8][size - i - 1] = bit;
			}
			else {
				m[size - 7 + (i - 8)][8] = bit;
			}
		}
	}

	/** The remainder of value·x^(degree of poly) divided by poly, over GF(2). */
	private static int bch(int value, int poly) {
		int polyBits = 32 - Integer.numberOfLeadingZeros(poly);
		value <<= polyBits - 1;
		while (32 - Integer.numberOfLeadingZeros(value) >= polyBits) {
			value ^= poly << (32 - Integer.numberOfLeadingZeros(value) - polyBits);
		}
		return value;
	}

	/** The codewords' bits, most significant first, up and down two columns at a time from the bottom right; the rest light. */
	private static void placeData(byte[][] m, int size, byte[] codewords) {
		int bitCount = 8 * codewords.length;
		int index = 0;
		int direction = -1;
		int x = size - 1;
		int y = size - 1;
		while (x > 0) {
			if (x == 6) {
				x--;
			}
			while (y >= 0 && y < size) {
				for (int i = 0; i < 2; i++) {
					int xx = x - i;
					if (m[y][xx] != -1) {
						continue;
					}
					int bit = 0;
					if (index < bitCount) {
						bit = (codewords[index >>> 3] >>> (7 - (index & 7))) & 1;
						index++;
					}
					if (xx % 3 == 0) {
						bit ^= 1;
					}
					m[y][xx] = (byte) bit;
				}
				y += direction;
			}
			direction = -direction;
			y += direction;
			x -= 2;
		}
	}

	/** A bit buffer of a known number of bytes. */
	private static final class Bits {

		final byte[] bytes;

		int size;

		Bits(int byteCount) {
			this.bytes = new byte[byteCount];
		}

		void append(int value, int count) {
			for (int i = count - 1; i >= 0; i--) {
				if (((value >>> i) & 1) != 0) {
					bytes[size >>> 3] |= (byte) (0x80 >>> (size & 7));
				}
				size++;
			}
		}
	}
}
