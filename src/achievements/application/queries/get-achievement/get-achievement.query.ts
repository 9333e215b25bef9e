/** Staff read any achievement by its certificate number. */
export class GetAchievement {
  constructor(readonly certificateNumber: string) {}
}
