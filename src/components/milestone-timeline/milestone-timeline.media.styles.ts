import { css } from 'lit';

/**
 * The timeline under forced colours (Windows high contrast) and on paper: the last rules of its
 * style sheet, kept apart so that each file stays short (milestone-timeline.styles.ts puts them
 * after its own).
 */
export const mediaStyles = css`
  @media (forced-colors: active) {
    .axis .quarter.shaded {
      fill: none;
    }
    .axis .quarter {
      stroke: GrayText;
    }
    svg text,
    .axis .month,
    .axis .year,
    .axis .tick {
      fill: CanvasText;
    }
    .axis .grid {
      stroke: GrayText;
    }
    path.planned,
    .as-of,
    .leader {
      stroke: CanvasText;
    }
    path.actual {
      stroke: Highlight;
    }
    .point .shape,
    circle.point,
    .step .shape,
    path.bar {
      fill: CanvasText;
      stroke: Canvas;
    }
    .point.problem .shape,
    path.problem {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 2;
    }
    .nav:focus-visible .halo {
      stroke: Highlight;
    }
    .fill {
      forced-color-adjust: none;
    }
    .actual .fill {
      background: CanvasText;
    }
    .planned .fill {
      background: repeating-linear-gradient(-45deg, CanvasText 0 2px, Canvas 2px 5px);
    }
    .track {
      border-color: CanvasText;
    }
  }
  /* On paper nothing can be pointed at: the panel goes, the drawing and the tables stay. */
  @media print {
    .details {
      display: none;
    }
    .item,
    tr {
      break-inside: avoid;
    }
  }
`;
